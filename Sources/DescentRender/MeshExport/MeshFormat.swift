import Descent
import Foundation

/// A 3D mesh file format: OBJ (Blender, with vertex colours and normals), binary STL (3D
/// printing), ASCII PLY (MeshLab, Blender, with vertex colours and normals).
public enum MeshFormat: String, Sendable, CaseIterable {
    /// Wavefront OBJ, binary STL, and ASCII PLY.
    case obj, stl, ply

    /// The file's bytes for `mesh`; `title` goes into the header or a comment.
    func encode(_ mesh: PrintableMesh, title: String) -> Data {
        switch self {
        case .obj: Data(Self.obj(mesh, title: title).utf8)
        case .stl: Self.stl(mesh, title: title)
        case .ply: Data(Self.ply(mesh, title: title).utf8)
        }
    }

    private static func number(_ v: Double) -> String { String(format: "%.5f", v) }
    private static func byte(_ c: Double) -> Int { Int((min(max(c, 0), 1) * 255).rounded()) }

    /// `v x y z r g b` (colours in 0...1, the extension Blender and MeshLab read), `vn`, and
    /// `f a//a b//b c//c` with 1-based indices; then each run as an object of `l` polylines.
    private static func obj(_ mesh: PrintableMesh, title: String) -> String {
        var out = "# \(title)\n# descent mesh: millimetres, z up\no surface\n"
        for (v, c) in zip(mesh.vertices, mesh.colors) {
            out += "v \(number(v.x)) \(number(v.y)) \(number(v.z)) \(number(c.r)) \(number(c.g)) \(number(c.b))\n"
        }
        for n in mesh.vertexNormals { out += "vn \(number(n.x)) \(number(n.y)) \(number(n.z))\n" }
        for (a, b, c) in mesh.triangles { out += "f \(a + 1)//\(a + 1) \(b + 1)//\(b + 1) \(c + 1)//\(c + 1)\n" }
        var next = mesh.vertices.count + 1
        for (index, path) in mesh.paths.enumerated() {
            let name = path.name.map { $0.isLetter || $0.isNumber ? $0 : "_" }
            out += "o run\(index + 1)_\(String(name))\n"
            for piece in path.pieces where piece.count >= 2 && piece.allSatisfy(\.isFinite) {
                for v in piece {
                    out += "v \(number(v.x)) \(number(v.y)) \(number(v.z)) \(number(path.color.r)) \(number(path.color.g)) \(number(path.color.b))\n"
                }
                out += "l " + (next..<(next + piece.count)).map(String.init).joined(separator: " ") + "\n"
                next += piece.count
            }
        }
        return out
    }

    /// Binary STL: an 80-byte header, the triangle count, and per triangle its normal, three
    /// corners (little-endian float32) and a zero attribute word.
    private static func stl(_ mesh: PrintableMesh, title: String) -> Data {
        var data = Data("descent mesh: \(title)".utf8.prefix(80))
        data.append(Data(repeating: 0x20, count: 80 - data.count))
        func append(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        func append(_ p: Vec3) { for c in [p.x, p.y, p.z] { append(Float(c).bitPattern) } }
        append(UInt32(mesh.triangles.count))
        for ((a, b, c), n) in zip(mesh.triangles, mesh.faceNormals) {
            append(n)
            append(mesh.vertices[a])
            append(mesh.vertices[b])
            append(mesh.vertices[c])
            data.append(contentsOf: [0, 0])
        }
        return data
    }

    /// ASCII PLY with per-vertex position, normal and 8-bit colour, and triangle faces.
    private static func ply(_ mesh: PrintableMesh, title: String) -> String {
        var out = """
            ply
            format ascii 1.0
            comment \(title.replacingOccurrences(of: "\n", with: " "))
            comment descent mesh: millimetres, z up
            element vertex \(mesh.vertices.count)
            property float x
            property float y
            property float z
            property float nx
            property float ny
            property float nz
            property uchar red
            property uchar green
            property uchar blue
            element face \(mesh.triangles.count)
            property list uchar int vertex_indices
            end_header

            """
        for ((v, n), c) in zip(zip(mesh.vertices, mesh.vertexNormals), mesh.colors) {
            out += "\(number(v.x)) \(number(v.y)) \(number(v.z)) \(number(n.x)) \(number(n.y)) \(number(n.z)) \(byte(c.r)) \(byte(c.g)) \(byte(c.b))\n"
        }
        for (a, b, c) in mesh.triangles { out += "3 \(a) \(b) \(c)\n" }
        return out
    }
}
