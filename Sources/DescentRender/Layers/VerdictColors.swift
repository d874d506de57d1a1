import Descent

extension Outcome.Verdict {
    /// The badge colour: green for success, amber for partial outcomes, purple for oscillation,
    /// red for failure; dark enough for white text on it.
    var color: RGB {
        switch self {
        case .success: RGB(hex: 0x2E7D32)
        case .partial: RGB(hex: 0x9A5B00)
        case .oscillation: RGB(hex: 0x7B3FA0)
        case .failure: RGB(hex: 0xC62828)
        }
    }
}
