import Descent
import Foundation
import Testing
@testable import DescentRender

/// The 1-D loss plot of a network line: curves, legend text, stacked accuracy chart, rules.
@Suite struct LineFigureTests {
    /// A scene of a loss line on a small class data set; the figure reads only its settings.
    static func scene(_ direction: LineDirection, accuracy: Bool) -> Scene {
        let spec = NetworkSpec(data: DatasetGenerator.xor(samples: 20, noise: 0, seed: 1).generate(), dataName: "xor",
                               hidden: [4], training: TrainingSpec(optimizer: Optimizer(.sgd), lr: .constant(0.1), steps: 10))
        let range: ClosedRange<Double> = direction == .interpolation ? -0.5...1.5 : -1...1
        return Scene(title: nil, surface: .landscape(.line([spec], LineSpec(direction: direction, accuracy: accuracy))),
                     view: ViewSettings(box: ViewBox(x: range, y: -1...1)), runs: [],
                     output: OutputSettings(name: "line", width: 900, height: 700))
    }

    /// Train: 2, 1, 0.5, 0.2, 0.6 at α = −0.5 … 1.5 (falls from θ₀ to θ*); validation rises
    /// from 0.6 at α = 0.5 to 0.7 at α = 1.
    static let interpolation = LossProfile(direction: .interpolation, alphas: [-0.5, 0, 0.5, 1, 1.5], curves: [
        LossCurve(label: "train loss", split: .train, losses: [2, 1, 0.5, 0.2, 0.6], accuracies: [0.5, 0.5, 0.7, 0.9, 0.8],
                  markLosses: [1, 0.2]),
        LossCurve(label: "validation loss", split: .validation, losses: [2.1, 1.1, 0.6, 0.7, 1], accuracies: [0.5, 0.5, 0.6, 0.7, 0.6],
                  markLosses: [1.1, 0.7]),
    ], marks: [LineMark(alpha: 0, label: "θ₀ (initial)"), LineMark(alpha: 1, label: "θ* (trained)")])

    static func raster(_ figure: CurveFigure) throws -> (PixelImage, PreparedCurveFigure) {
        let measuring = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let prepared = PreparedCurveFigure(figure, measurer: measuring)
        return (try FigureWriter.rasterize(prepared).pixels(), prepared)
    }

    @Test func legendSaysWhereEachCurveEndsAndWhetherItFallsMonotonically() {
        let figure = CurveFigure(profile: Self.interpolation, scene: Self.scene(.interpolation, accuracy: true))
        #expect(figure.legend.map(\.columns) == [
            ["train loss", "1 at θ₀ → 0.2 at θ*", "falls monotonically from θ₀ to θ*"],
            ["validation loss", "1.1 at θ₀ → 0.7 at θ*", "rises by 0.1 from α = 0.5 to 1"],
        ])
        #expect(figure.legend.allSatisfy { $0.swatch == .line })
        #expect(figure.chart.rules.map(\.x) == [0, 1] && figure.chart.titles == ["cross-entropy loss"])
        #expect(figure.lowerCharts.map(\.titles) == [["accuracy"]] && figure.yLabel == nil)
        #expect(figure.xLabel == "α:  θ = (1 − α)·θ₀ + α·θ*" && figure.title == "Loss from the initial to the trained weights")
    }

    @Test func alongADirectionTheLegendNamesTheLowestPoint() {
        var profile = Self.interpolation
        profile.direction = .random(normalization: .filter, seed: 1)
        profile.alphas = [-1, -0.5, 0, 0.5, 1]
        profile.marks = [LineMark(alpha: 0, label: "θ* (trained)")]
        profile.curves[0].markLosses = [0.5]
        profile.curves[1].markLosses = [0.6]
        for i in profile.curves.indices { profile.curves[i].accuracies = nil }
        // Train: lowest at α = 0.5, one grid step from θ*, where sampling cannot tell them apart.
        let near = CurveFigure(profile: profile, scene: Self.scene(profile.direction, accuracy: false))
        #expect(near.legend[0].columns == ["train loss", "0.5 at θ*", "lowest at θ*"])
        // Two steps away it is a point of its own; validation is lowest at θ* itself.
        profile.curves[0].losses = [2, 1, 0.5, 0.6, 0.2]
        let figure = CurveFigure(profile: profile, scene: Self.scene(profile.direction, accuracy: false))
        #expect(figure.legend.map(\.columns) == [["train loss", "0.5 at θ*", "lowest 0.2 at α = 1"],
                                                 ["validation loss", "0.6 at θ*", "lowest at θ*"]])
        #expect(figure.lowerCharts.isEmpty && figure.yLabel == "cross-entropy loss")
    }

    /// The train curve passes through (0.5, 0.5) in its colour; the accuracy chart sits under
    /// the loss chart on the same x axis; the rule at θ* is drawn down the loss chart.
    @Test func curvesAndStackedChartsArePaintedWhereTheirValuesAre() throws {
        let figure = CurveFigure(profile: Self.interpolation, scene: Self.scene(.interpolation, accuracy: true))
        let (image, prepared) = try Self.raster(figure)
        let (top, bottom) = (prepared.layout.panels[0], prepared.layout.panels[1])
        #expect(top.minX == bottom.minX && top.width == bottom.width && bottom.minY > top.maxY)
        let blue = CurveFigure.lineColor(0)
        let x = top.minX + prepared.chart.x.fraction(0.5) * top.width, y = top.maxY - prepared.chart.y.fraction(0.5) * top.height
        let onLine = (-1...1).contains { dx in (-1...1).contains { dy in image.matches(Int(x) + dx, Int(y) + dy, blue, tolerance: 40) } }
        #expect(onLine, "\(image.rgb(Int(x), Int(y)))")
        // The validation accuracy at α = 0.5 is 0.6, in the lower chart, in red.
        let accuracy = try #require(prepared.lowerCharts.first)
        let ax = bottom.minX + accuracy.x.fraction(0.5) * bottom.width, ay = bottom.maxY - accuracy.y.fraction(0.6) * bottom.height
        let red = CurveFigure.lineColor(1)
        #expect((-1...1).contains { dx in (-1...1).contains { dy in image.matches(Int(ax) + dx, Int(ay) + dy, red, tolerance: 40) } })
        // The dashed rule at α = 1: grey dashes over much of the loss chart's height, away from the curves.
        let rx = Int((top.minX + prepared.chart.x.fraction(1) * top.width).rounded())
        let ruleColor = Palette.light.subtleInk
        let grey = stride(from: Int(top.minY) + 40, to: Int(top.maxY), by: 1).filter { (y: Int) -> Bool in
            (-1...1).contains { (dx: Int) -> Bool in image.matches(rx + dx, y, ruleColor, tolerance: 30) }
        }
        #expect(grey.count > Int(top.height) / 3, "\(grey.count) of \(Int(top.height)) px")
    }
}
