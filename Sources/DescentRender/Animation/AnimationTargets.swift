import Descent
import Foundation

/// The files an animation writes, each first under a temporary name in the target directory,
/// renamed into place only when every format has been written.
struct AnimationTargets {
    let directory: String
    let name: String
    let frameCount: Int

    /// `directory/name.<ext>` and its temporary twin.
    func file(_ format: AnimationFormat) -> (temporary: String, final: String) {
        let final = path("\(name).\(format.rawValue)")
        return (AtomicFiles.temporaryPath(final), final)
    }

    /// `directory/name-0007.png` (at least four digits, more when there are 10 000 frames) and its temporary twin.
    func frame(_ index: Int) -> (temporary: String, final: String) {
        let final = path(frameName(index))
        return (AtomicFiles.temporaryPath(final), final)
    }

    private var digits: Int { max(4, String(frameCount - 1).count) }

    private func frameName(_ index: Int) -> String {
        let number = String(index)
        return "\(name)-\(String(repeating: "0", count: max(0, digits - number.count)))\(number).png"
    }

    private func path(_ file: String) -> String { (directory as NSString).appendingPathComponent(file) }

    /// Frame files `name-NNNN.png` of an earlier, longer animation (index ≥ `frameCount`, or
    /// numbered with another count of digits), which
    /// would otherwise be mistaken for part of this one.
    func staleFrames() -> [String] {
        let prefix = name + "-"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { file in
            guard file.hasPrefix(prefix), file.hasSuffix(".png") else { return false }
            let number = file.dropFirst(prefix.count).dropLast(4)
            guard number.count >= 4, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber),
                  let index = Int(number) else { return false }
            return index >= frameCount || number.count != digits
        }.map(path)
    }
}
