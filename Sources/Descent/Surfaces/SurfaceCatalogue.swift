/// The named analytic surfaces a scene can use, in the order `descent list` shows them.
public enum SurfaceCatalogue {
    /// Every catalogued surface.
    public static let entries: [CatalogueEntry] = [
        QuadraticBowl.catalogueEntry,
        Rosenbrock.catalogueEntry,
        Beale.catalogueEntry,
        Himmelblau.catalogueEntry,
        Rastrigin.catalogueEntry,
        Ackley.catalogueEntry,
        Booth.catalogueEntry,
        Matyas.catalogueEntry,
        GoldsteinPrice.catalogueEntry,
        SixHumpCamel.catalogueEntry,
        Saddle.catalogueEntry,
        MonkeySaddle.catalogueEntry,
        TanhPlateau.catalogueEntry,
        LocalMinimumTrap.catalogueEntry,
    ]

    /// The entry with scene-file name `name`, or nil.
    public static func entry(named name: String) -> CatalogueEntry? {
        entries.first { $0.name == name }
    }
}
