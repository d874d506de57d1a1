import Descent
import DescentScene
import Foundation
import Testing
@testable import DescentRender

@Suite struct OutputFileTests {
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "descent-render-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writesEveryFormatAndNothingElse() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let figure = try FigureTesting.linearRamp(width: 320, height: 240)
        let paths = try FigureWriter.write(figure, name: "ramp", formats: [.png, .svg, .pdf], to: dir)
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ["ramp.png", "ramp.svg", "ramp.pdf"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["ramp.pdf", "ramp.png", "ramp.svg"])

        let png = try Data(contentsOf: URL(fileURLWithPath: dir + "/ramp.png"))
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 320 && height == 240)

        let svg = try String(contentsOfFile: dir + "/ramp.svg", encoding: .utf8)
        #expect(svg.contains("width=\"320px\"") && svg.contains("height=\"240px\""))
        #expect(svg.contains("viewBox=\"0 0 320 240\""))

        let pdf = try Data(contentsOf: URL(fileURLWithPath: dir + "/ramp.pdf"))
        #expect(pdf.prefix(5) == Data("%PDF-".utf8))
        // 320 x 240 px at 96 px per inch is 240 x 180 pt.
        #expect(String(decoding: pdf, as: UTF8.self).contains("/MediaBox [ 0 0 240 180 ]"))
    }

    @Test func sameFigureGivesTheSameVectorBytes() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let figure = try FigureTesting.linearRamp(width: 320, height: 240)
        try FigureWriter.write(figure, name: "a", formats: [.svg, .pdf], to: dir)
        try FigureWriter.write(figure, name: "b", formats: [.svg, .pdf], to: dir)
        for ext in ["svg", "pdf"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/a.\(ext)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/b.\(ext)"))
            #expect(a == b, "\(ext) differs between two renders")
        }
    }

    @Test func anUnwritableDirectoryLeavesNoFile() throws {
        let figure = try FigureTesting.linearRamp(width: 320, height: 240)
        #expect(throws: RenderError.self) {
            try FigureWriter.write(figure, name: "x", formats: [.png, .svg], to: "/dev/null/nowhere")
        }
    }

    /// Every scene in scenes/ loads, simulates and renders, with every format it asks for.
    @Test func everySceneRenders() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let scenes = root.appendingPathComponent("scenes").path
        let files = try FileManager.default.contentsOfDirectory(atPath: scenes).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count >= 6)
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for file in files {
            let scene = try SceneLoader.load(path: "\(scenes)/\(file)")
            let written = try SceneRenderer.render(ResolvedScene(scene), to: dir)
            #expect(written.count == scene.output.formats.count, "\(file)")
            for path in written {
                let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                #expect(size > 1000, "\(path) is \(size) bytes")
            }
        }
    }
}
