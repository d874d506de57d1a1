import Descent
import Foundation
import Testing
@testable import DescentScene

/// The 3D keys of `view:`: projection, camera, heights, mesh and lines.
struct SolidViewParsingTests {
    func view(_ lines: String) throws -> ViewSettings {
        try parse(rosenbrock(runs: "  - optimizer: sgd\n", top: "view:\n" + lines)).view
    }

    func error(_ lines: String) -> String? {
        parseError(rosenbrock(runs: "  - optimizer: sgd\n", top: "view:\n" + lines))?.description
    }

    @Test func withoutProjectionTheViewIsFlat() throws {
        #expect(try view("  levels: 10\n").projection == .flat)
    }

    @Test func everyKey() throws {
        let v = try view("""
              projection: 3d
              elevation: 35
              azimuth: -120
              distance: 8
              z_scale: log
              z_shift: 2
              wireframe: true
              contours: both
              resolution: 150

            """)
        #expect(v.projection == .solid)
        #expect(v.solid.camera == Camera(elevation: 35, azimuth: -120, distance: 8))
        #expect(v.solid.heightScale == .log)
        #expect(v.solid.heightShift == 2)
        #expect(v.solid.wireframe)
        #expect(v.solid.contours == .both)
        #expect(v.solid.resolution == 150)
    }

    @Test func defaultsFollowMatplotlibsView() throws {
        let v = try view("  projection: both\n")
        #expect(v.projection == .both)
        #expect(v.solid.camera.elevation == 30 && v.solid.camera.azimuth == -60)
        #expect(v.solid.heightScale == .linear && v.solid.heightShift == nil)
        #expect(v.solid.contours == .floor && !v.solid.wireframe)
    }

    @Test func fieldOfViewSetsTheDistanceAndZeroIsParallel() throws {
        // The bounding sphere (radius √(2 + 0.75²)) fills 60°: distance = radius / sin 30° = 2 radius.
        let sixty = try view("  projection: 3d\n  field_of_view: 60\n").solid.camera.distance
        #expect(abs(try #require(sixty) - 2 * (2 + 0.5625).squareRoot()) < 1e-12)
        #expect(try view("  projection: 3d\n  field_of_view: 0\n").solid.camera.distance == nil)
    }

    @Test func badCameras() {
        #expect(error("  projection: 3d\n  elevation: 91\n") == "t.yaml:5: view.elevation: must be between −90 and 90 degrees, got 91")
        #expect(error("  projection: 3d\n  distance: 0\n") == "t.yaml:5: view.distance: must be > 0, got 0")
        #expect(error("  projection: 3d\n  distance: 1\n") == "t.yaml:5: view.distance: must be more than 1.6, outside the box, got 1")
        #expect(error("  projection: 3d\n  field_of_view: 120\n")?.contains("view.field_of_view: must be at least 0 and below 120") == true)
        #expect(error("  projection: 3d\n  distance: 5\n  field_of_view: 20\n")?.hasPrefix("t.yaml:5: view.distance: give `distance` or `field_of_view`, not both") == true)
    }

    @Test func threeDKeysNeedAThreeDProjection() {
        #expect(error("  elevation: 20\n") == "t.yaml:4: view.elevation: applies to 3D views only; add `projection: 3d` (or `both`)")
    }

    @Test func logHeightsNeedPositiveValuesAfterTheShift() {
        // The saddle x² − y² on [−2, 2]² reaches −4 at (0, ±2), grid nodes at resolution 11.
        let yaml = """
            surface: {name: saddle}
            view:
              projection: 3d
              z_scale: log
              resolution: 11
              z_shift: 3
            runs:
              - optimizer: sgd

            """
        #expect(parseError(yaml)?.description
                == "t.yaml:6: view.z_shift: log heights need f + z_shift > 0 everywhere in the view, but f = −4 at (0, −2); use z_shift > 4 or z_scale: linear")
        #expect(parseError(yaml.replacingOccurrences(of: "z_scale: log", with: "z_scale: linear"))?.description
                == "t.yaml:6: view.z_shift: applies to `z_scale: log` only")
    }

    @Test func aShiftAboveTheLowestValueIsAccepted() throws {
        let yaml = "surface: {name: saddle}\nview:\n  projection: 3d\n  z_scale: log\n  z_shift: 4.5\nruns:\n  - optimizer: sgd\n"
        #expect(try parse(yaml).view.solid.heightShift == 4.5)
    }

    @Test func badMeshSettings() {
        #expect(error("  projection: 3d\n  resolution: 1000\n") == "t.yaml:5: view.resolution: must be between 8 and 400, got 1000")
        #expect(error("  projection: 3d\n  contours: flor\n") == "t.yaml:5: view.contours: unknown contour placement `flor`; did you mean `floor`?")
        #expect(error("  projection: 4d\n")?.hasPrefix("t.yaml:4: view.projection: unknown projection `4d`") == true)
    }
}
