import Descent
import DescentScene
import Foundation
import Testing
@testable import DescentRender

/// Mesh files parsed back: counts, normals, colours, and a watertight STL's closed surface.
@Suite struct MeshExportTests {
    /// f = x on [0, 1]², n nodes a side: heights 0 to 75 mm linear in x, exactly a plane.
    func ramp(_ n: Int) throws -> Scene {
        try SceneLoader.parse(Data("""
            surface: {formula: "x"}
            view: {x: [0, 1], y: [0, 1], projection: 3d, resolution: \(n)}
            start: [0.5, 0.5]
            runs:
              - optimizer: sgd
            output: {name: ramp}

            """.utf8), file: "ramp.yaml")
    }

    func write(_ scene: Scene, _ format: MeshFormat, watertight: Bool = false) throws -> Data {
        let dir = NSTemporaryDirectory() + "descent-mesh-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = try #require(try MeshWriter.write(ResolvedScene(scene), format: format, watertight: watertight, to: dir).first)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["ramp.\(format.rawValue)"])
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// Triangles of a binary STL: (normal, corners).
    func stlTriangles(_ data: Data) throws -> [(normal: Vec3, corners: [Vec3])] {
        func float(_ offset: Int) -> Double {
            Double(Float(bitPattern: data[offset..<offset + 4].enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * $1.offset) }))
        }
        let count = data[80..<84].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        try #require(data.count == 84 + 50 * count)
        return (0..<count).map { t in
            let base = 84 + 50 * t
            let v = (0..<4).map { k in Vec3(float(base + 12 * k), float(base + 12 * k + 4), float(base + 12 * k + 8)) }
            return (v[0], Array(v[1...]))
        }
    }

    @Test func objHasEveryNodeTwoTrianglesPerCellAndUnitNormals() throws {
        let text = String(decoding: try write(ramp(11), .obj), as: UTF8.self)
        let parts = text.components(separatedBy: "o run1_")
        try #require(parts.count == 2)
        let lines = parts[0].split(separator: "\n")
        let vertices = lines.filter { $0.hasPrefix("v ") }, normals = lines.filter { $0.hasPrefix("vn ") }
        let faces = lines.filter { $0.hasPrefix("f ") }
        #expect(vertices.count == 121 && normals.count == 121 && faces.count == 2 * 10 * 10)
        // The plane z = 75x rises 75 mm over 100 mm: every normal is (−75, 0, 100)/125.
        for line in normals {
            let n = line.split(separator: " ").dropFirst().compactMap { Double($0) }
            #expect(abs(n[0] + 0.6) < 1e-4 && abs(n[1]) < 1e-4 && abs(n[2] - 0.8) < 1e-4, "\(line)")
        }
        // The first node is (0, 0) at the bottom, coloured viridis(0): matplotlib's (0.267004, 0.004874, 0.329415).
        let first = vertices[0].split(separator: " ").dropFirst().compactMap { Double($0) }
        #expect(first[0] == 0 && first[1] == 0 && first[2] == 0)
        #expect(abs(first[3] - 0.267004) < 1e-4 && abs(first[4] - 0.004874) < 1e-4 && abs(first[5] - 0.329415) < 1e-4)
    }

    @Test func objCarriesTheRunsLaidOnTheSurface() throws {
        // One SGD run from (0.5, 0.5) down the ramp f = x: lr 0.001, gradient (1, 0), 100 steps,
        // so it ends at (0.4, 0.5). On the surface z = 0.75 x in millimetres.
        let text = String(decoding: try write(ramp(11), .obj), as: UTF8.self)
        // The run's object is named after its label, `SGD lr=0.001`, in letters, digits and `_`.
        let run = text.components(separatedBy: "o run1_SGD_lr_0_001\n")[1].split(separator: "\n")
        let vertices = run.filter { $0.hasPrefix("v ") }.map { $0.split(separator: " ").dropFirst().compactMap { Double($0) } }
        let polylines = run.filter { $0.hasPrefix("l ") }
        #expect(polylines.count == 1)
        #expect(polylines[0].split(separator: " ").count - 1 == vertices.count)
        #expect(abs(vertices.first![0] - 50) < 1e-4 && abs(vertices.last![0] - 40) < 1e-4)
        for v in vertices { #expect(abs(v[2] - 0.75 * v[0]) < 1e-4 && abs(v[1] - 50) < 1e-4) }
    }

    @Test func plyHeaderCountsItsElements() throws {
        let text = String(decoding: try write(ramp(8), .ply), as: UTF8.self)
        let parts = text.components(separatedBy: "end_header\n")
        #expect(parts[0].contains("element vertex 64\n") && parts[0].contains("element face 98\n"))
        let body = parts[1].split(separator: "\n")
        #expect(body.count == 64 + 98)
        #expect(body[64...].allSatisfy { $0.hasPrefix("3 ") })
        // The last node, (1, 1), is at the top: 75 mm, coloured viridis(1), matplotlib's
        // (0.993248, 0.906157, 0.143936), in bytes (253, 231, 37).
        let last = body[63].split(separator: " ")
        #expect(last[2] == "75.00000" && last[6...] == ["253", "231", "37"])
    }

    @Test func watertightStlClosesTheSurface() throws {
        let n = 9
        let triangles = try stlTriangles(write(ramp(n), .stl, watertight: true))
        // Top 2·8·8, and per boundary edge (4·8 of them) two wall triangles and one of the base.
        #expect(triangles.count == 2 * 8 * 8 + 3 * 4 * 8)
        var directed: [String: Int] = [:]
        var volume = 0.0
        for (normal, c) in triangles {
            let n = (c[1] - c[0]).cross(c[2] - c[0]).normalized
            #expect((n - normal).norm < 1e-5)
            for (a, b) in [(c[0], c[1]), (c[1], c[2]), (c[2], c[0])] { directed["\(a)→\(b)", default: 0] += 1 }
            volume += c[0].dot(c[1].cross(c[2])) / 6
        }
        // Closed and consistently wound: every edge once in each direction, so every edge is
        // shared by exactly two triangles.
        #expect(directed.values.allSatisfy { $0 == 1 })
        for key in directed.keys {
            let ends = key.components(separatedBy: "→")
            #expect(directed["\(ends[1])→\(ends[0])"] == 1)
        }
        // Outward normals give a positive volume: 100 × 100 mm under a plane from 0 to 75 mm,
        // on a 5 mm base: 100 · 100 · (37.5 + 5) = 425 000 mm³.
        #expect(abs(volume - 425_000) < 1)
    }

    @Test func aSurfaceWithAHoleIsRefused() throws {
        let scene = try SceneLoader.parse(Data("""
            surface: {formula: "log(x)"}
            view: {x: [-1, 1], y: [-1, 1]}
            start: [0.5, 0.5]
            runs:
              - optimizer: sgd

            """.utf8), file: "hole.yaml")
        #expect(throws: RenderError.self) {
            try MeshWriter.write(ResolvedScene(scene), format: .stl, watertight: true, to: NSTemporaryDirectory())
        }
    }
}
