import Descent
import Foundation

/// The JSON Schema (draft-07) of scene files, for editors: the YAML language server completes
/// keys, shows their descriptions and marks mistakes as people type. It is built from the
/// tables the readers check scenes against (their key lists, the optimizers' parameter specs,
/// the schedule, surface, data-set and colormap catalogues, the enumerations and
/// `SceneLimits`), so it lists exactly the keys and names a scene may use. Cross-field rules
/// (a sweep's values against its parameter, limits on products, log heights) stay with the
/// loader, whose one-line errors say more than a schema can.
public enum SceneSchema {
    /// The schema as JSON text: keys sorted, two-space indentation.
    public static var text: String {
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The schema as a JSON value.
    public static var document: [String: Any] {
        [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "title": "descent scene",
            "description": "A scene for `descent render`, `animate`, `trace`, `grid` and `mesh`: a surface, optimizer runs, a view and outputs.",
            "type": "object",
            "properties": [
                "title": string("The figure's title."),
                "surface": surface,
                "view": view,
                "start": point("Where every run starts unless it gives its own `start`."),
                "steps": integer(SceneLimits.steps, "Updates of every run unless it gives its own `steps`."),
                "seed": seed("Seed of every run's gradient noise and mini-batches unless it gives its own."),
                "runs": [
                    "description": "Optimizer runs: each an optimizer with its torch.optim hyperparameters.",
                    "type": "array", "items": ["$ref": "#/definitions/run"],
                    "minItems": SceneLimits.runs.lowerBound, "maxItems": SceneLimits.runs.upperBound,
                ] as [String: Any],
                "output": output,
                "animation": animation,
                "sweep": sweep,
                "charts": uniqueList(ChartKind.allCases.map(\.rawValue), "Companion charts against the step."),
            ] as [String: Any],
            "propertyNames": ["enum": SceneLoader.topKeys],
            "required": ["surface"],
            "definitions": [
                "run": run,
                "train": train,
                "schedule": schedule,
                "learningRate": learningRate,
                "layer": modelLayer,
            ] as [String: Any],
        ]
    }

    // MARK: view, output, animation, sweep

    static var view: [String: Any] {
        let properties: [String: Any] = [
            "x": pair("The plane's x range, [low, high]."),
            "y": pair("The plane's y range, [low, high]."),
            "color": choice(ColorScale.allCases.map(\.rawValue), "linear, or log: log(1 + f − min f)."),
            "colormap": choice(Colormap.names + ["gray"], "The colour scale of the surface."),
            "style": choice(SurfaceStyle.allCases.map(\.rawValue), "Filled bands between contour levels, or a smooth heatmap."),
            "levels": integer(SceneLimits.levels, "Contour levels; 0 for none."),
            "minima": boolean("Mark the surface's known minima."),
            "resolution": integer(SceneLimits.resolution, "Grid points per side: of a computed surface, or of a 3D mesh (8 to 400)."),
            "projection": choice(Projection.allCases.map(\.rawValue), "2d, 3d, or both side by side."),
            "elevation": number("Camera degrees above the plane (3D).", minimum: Camera.elevations.lowerBound, maximum: Camera.elevations.upperBound),
            "azimuth": number("Camera degrees about z, from +x towards +y (3D)."),
            "distance": number("Camera distance in half-widths of the box (3D); instead of field_of_view.", exclusiveMinimum: SolidBox.boundingRadius),
            "field_of_view": number("Degrees; 0 is a parallel projection (3D).", minimum: Camera.fieldsOfView.lowerBound,
                                    exclusiveMaximum: Camera.fieldsOfView.upperBound),
            "z_scale": choice(HeightScale.allCases.map(\.rawValue), "Heights linear in f, or log10(f + z_shift) (3D)."),
            "z_shift": number("Added to f before the log of z_scale: log (3D)."),
            "wireframe": boolean("Grid lines over the mesh (3D)."),
            "contours": choice(SolidContours.allCases.map(\.rawValue), "Where contour lines go in 3D."),
            "critical_points": boolean("Mark minima, saddles and maxima found in the view."),
            "gradient_field": choice(GradientFieldStyle.allCases.map(\.rawValue) + ["none"], "Draw −∇f as arrows or streamlines."),
        ]
        return object(properties, "What part of the plane is shown and how the surface is painted.", keys: ViewReader.keys)
    }

    static var output: [String: Any] {
        object([
            "name": [
                "description": "A plain file name (letters, digits, -, _ and .), without extension; default: the scene file's name.",
                "type": "string", "pattern": "^[A-Za-z0-9_-][A-Za-z0-9_.-]*$", "minLength": 1, "maxLength": 120,
            ] as [String: Any],
            "size": size("[width, height] in pixels."),
            "formats": uniqueList(ImageFormat.allCases.map(\.rawValue), "Files to write.", minItems: 1),
        ], "The files `descent render` writes.", keys: OutputReader.keys)
    }

    static var animation: [String: Any] {
        object([
            "frames": integer(SceneLimits.frames, "Frames; or give duration."),
            "fps": number("Frames per second.", exclusiveMinimum: 0, maximum: SceneLimits.fps),
            "duration": number("Seconds; frames = duration × fps.", exclusiveMinimum: 0),
            "hold": number("Seconds the last frame stays.", minimum: 0, maximum: SceneLimits.hold),
            "formats": uniqueList(AnimationFormat.allCases.map(\.rawValue), "Files to write.", minItems: 1),
            "easing": choice(Easing.allCases.map(\.rawValue), "linear, or ease-in: the first steps get more frames."),
            "trail": choice(AnimationReader.trails, "The whole path behind each head, or a fading tail."),
            "tail": integer(SceneLimits.steps, "Steps a fading trail shows."),
            "size": size("[width, height] of the frames in pixels."),
            "camera": cameraMotion,
        ], "How `descent animate` animates the scene.", keys: AnimationReader.keys)
    }

    /// `animation.camera`: angles as one number (held) or [from, to].
    static var cameraMotion: [String: Any] {
        func angle(_ description: String, limit: Double) -> [String: Any] {
            let end: [String: Any] = ["type": "number", "minimum": -limit, "maximum": limit]
            return ["description": description,
                    "anyOf": [end, ["type": "array", "items": end, "minItems": 2, "maxItems": 2] as [String: Any]]]
        }
        return object([
            "azimuth": angle("Degrees about z: one number, or [from, to].", limit: CameraMotion.angleLimit),
            "elevation": angle("Degrees above the plane: one number, or [from, to].", limit: Camera.elevations.upperBound),
            "when": choice(["during", "after"], "Turn while the runs advance, or once they have finished."),
            "frames": integer(SceneLimits.frames, "With `when: after`: frames of the turn."),
            "pace": choice(CameraMotion.Pace.allCases.map(\.rawValue), "linear: constant speed; smooth: starts and stops gently."),
        ], "How the camera of a 3D view moves.", keys: CameraMotionReader.keys)
    }

    static var sweep: [String: Any] {
        object([
            "param": choice(SweepParameter.names, "The run setting that varies."),
            "values": ["description": "The values, in order: numbers, pairs, names, flags or (for lr) schedules.",
                       "type": "array", "minItems": 1] as [String: Any],
            "range": object([
                "from": number("First value."),
                "to": number("Last value."),
                "count": integer(2...100_000, "Values, ends included."),
                "scale": choice(SweepRange.Scale.allCases.map(\.rawValue), "Linear or log spacing."),
            ], "Evenly spaced values.", keys: SweepReader.rangeKeys, required: ["from", "to", "count"]),
            "layout": choice(SweepLayout.allCases.map(\.rawValue), "A panel per value, one panel, or final loss against the value."),
            "columns": integer(1...12, "Columns of a grid layout."),
        ], "Vary one setting of the runs and compare the outcomes.", keys: SweepReader.keys, required: ["param"])
    }
}
