import ArgumentParser
import Descent

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the surfaces, optimizers, learning-rate schedules, colormaps, sweeps and charts, with parameters and defaults.",
        discussion: "Example: descent list")

    func run() {
        print(Catalogues.text(), terminator: "")
    }
}

/// The text of `descent list`.
enum Catalogues {
    static func text() -> String {
        var out = "SURFACES  (surface: {name: NAME, params: {...}}, or surface: {formula: \"...\"})\n"
        for entry in SurfaceCatalogue.entries {
            out += "  \(entry.name.padded(18)) \(entry.summary)\n"
            out += "  \("".padded(18)) f(x, y) = \(entry.formulaText([:]))\n"
            out += "  \("".padded(18)) view x ∈ [\(NumberFormat.plain(entry.domain.x.lowerBound)), \(NumberFormat.plain(entry.domain.x.upperBound))], "
                + "y ∈ [\(NumberFormat.plain(entry.domain.y.lowerBound)), \(NumberFormat.plain(entry.domain.y.upperBound))]\n"
            for p in entry.parameters {
                out += "  \("".padded(18))   \(p.name) = \(NumberFormat.plain(p.defaultValue))  \(p.summary)\n"
            }
        }
        out += "\nFORMULAS  x, y, pi, e, + - * / ^, parentheses, named params, and "
            + Formula.functionNames.joined(separator: " ") + "\n"

        out += "\nOPTIMIZERS  (torch.optim names and defaults)\n"
        for kind in OptimizerKind.allCases {
            out += "  \(kind.rawValue.padded(18)) lr = \(NumberFormat.plain(kind.defaultLearningRate))\n"
            for p in kind.parameters {
                out += "  \("".padded(18)) \(p.name) = \(p.defaultText)  \(p.summary)\n"
            }
        }
        out += "  every run also takes: label, lr, start, steps, clip_norm, clip_value, noise, seed\n"

        out += "\nSCHEDULES  (lr: NUMBER, or lr: {NAME: {...}}; Keras names, step counted from 0)\n"
        for entry in Schedule.catalogue {
            out += "  \(entry.name.padded(26)) \(entry.summary)\n"
            for p in entry.parameters {
                out += "  \("".padded(26)) \(p.name)\(p.defaultText.map { " = \($0)" } ?? " (required)")  \(p.summary)\n"
            }
        }

        out += "\nCOLORMAPS  (view: {colormap: NAME})\n  " + Colormap.names.joined(separator: " ") + "\n"

        out += "\nSWEEPS  (sweep: {param: NAME, values: [...] or range: {from, to, count, scale: linear|log}, layout})\n"
        var line = "  params  "
        for name in SweepParameter.names {
            if line.count + name.count + 1 > 96 {
                out += line + "\n"
                line = "         "
            }
            line += " " + name
        }
        out += line + "\n"
        out += "  layouts  " + SweepLayout.allCases.map(\.rawValue).joined(separator: " ")
            + "  (a panel per value; one panel; final loss against the value)\n"
        out += "\nCHARTS  (charts: [...], against the step)\n  " + ChartKind.allCases.map(\.rawValue).joined(separator: " ") + "\n"
        return out
    }
}

extension String {
    func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
