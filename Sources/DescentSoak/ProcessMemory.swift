import CMalloc
import Foundation

/// This process's memory: as the Linux kernel counts it (`/proc/self/status`), and as malloc does.
struct ProcessMemory {
    /// Resident set size now (`VmRSS`), in kilobytes.
    var residentKB: Int
    /// The largest resident set size so far (`VmHWM`, the high-water mark), in kilobytes.
    var peakKB: Int
    /// Bytes malloc holds for live allocations, in kilobytes: exact where `residentKB` counts
    /// whole pages and keeps freed memory malloc has not returned, so a small leak shows here first.
    var heapKB = 0

    /// The current figures, or nil where `/proc` is missing (not Linux) or unreadable.
    static func current() -> ProcessMemory? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              var memory = parse(status) else { return nil }
        #if os(Linux)
        let heap = mallinfo2()
        memory.heapKB = Int(heap.uordblks + heap.hblkhd) / 1024  // small chunks in arenas + large ones mmapped
        #endif
        return memory
    }

    /// Reads the `VmRSS:` and `VmHWM:` lines of a `/proc/PID/status` text ("VmRSS:  1234 kB").
    static func parse(_ status: String) -> ProcessMemory? {
        var fields: [String: Int] = [:]
        for line in status.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
            guard parts.count >= 2, let value = Int(parts[1]) else { continue }
            fields[String(parts[0])] = value
        }
        guard let resident = fields["VmRSS"], let peak = fields["VmHWM"] else { return nil }
        return ProcessMemory(residentKB: resident, peakKB: peak)
    }
}
