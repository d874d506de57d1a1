import Foundation

/// An MP4 (H.264) written by an ffmpeg process that reads raw frames from a pipe.
final class FFmpegVideo {
    private let process = Process()
    private let input = Pipe()
    private let log: URL
    private let path: String

    /// The ffmpeg executable on PATH, or nil.
    static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/ffmpeg" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// How to get ffmpeg, for the message when it is missing.
    static let installHint = "install it with `sudo apt-get install ffmpeg` (Debian, Ubuntu) or `brew install ffmpeg` (macOS)"

    /// Starts `executable` writing `path` from `width` x `height` frames at `fps`.
    init(executable: String, path: String, width: Int, height: Int, fps: Double) throws {
        self.path = path
        log = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("descent-ffmpeg-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            throw RenderError("cannot create a log file for ffmpeg in \(NSTemporaryDirectory())")
        }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
            "-f", "rawvideo", "-pix_fmt", "bgra", "-s", "\(width)x\(height)", "-framerate", "\(fps)", "-i", "pipe:0",
            // H.264 in 4:2:0 needs even sides; pad by a pixel when a side is odd.
            "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-crf", "20",
            // x264 looks 40 frames ahead by default: at 1080p that alone held about 200 MB, for
            // no gain on figures whose motion is a few moving paths (measured: same size).
            "-rc-lookahead", "10",
            "-movflags", "+faststart", "-f", "mp4", path,
        ]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        do {
            try process.run()
        } catch {
            try? FileManager.default.removeItem(at: log)
            throw RenderError("cannot start \(executable): \(error.localizedDescription)")
        }
    }

    deinit { try? FileManager.default.removeItem(at: log) }

    /// Sends one frame of ARGB32 pixels (bytes B, G, R, A on little-endian machines).
    func append(_ pixels: UnsafeBufferPointer<UInt32>) throws {
        try Self.withoutSIGPIPE { try write(pixels) }
    }

    private func write(_ pixels: UnsafeBufferPointer<UInt32>) throws {
        let fd = input.fileHandleForWriting.fileDescriptor
        var bytes = UnsafeRawBufferPointer(pixels)
        while !bytes.isEmpty {
            let written = Glibc.write(fd, bytes.baseAddress, bytes.count)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw failure() }
            bytes = UnsafeRawBufferPointer(rebasing: bytes[written...])
        }
    }

    /// Runs `body` with SIGPIPE blocked on this thread only, so that a write to a pipe whose
    /// reader is gone (ffmpeg failed) returns EPIPE instead of ending the process; a SIGPIPE it
    /// raised is taken off this thread before the signal mask is restored. The process's signal
    /// handling is left as the program set it.
    static func withoutSIGPIPE<R>(_ body: () throws -> R) rethrows -> R {
        var pipeSignal = sigset_t(), previous = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            var pending = sigset_t()
            if sigismember(&previous, SIGPIPE) == 0, sigpending(&pending) == 0, sigismember(&pending, SIGPIPE) == 1 {
                var now = timespec()
                _ = sigtimedwait(&pipeSignal, nil, &now)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        return try body()
    }

    /// Closes the pipe, waits for ffmpeg, and throws unless it wrote the file.
    func finish() throws {
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationReason == .exit && process.terminationStatus == 0 else { throw failure() }
    }

    /// Stops ffmpeg without waiting for a file.
    func cancel() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    private func failure() -> RenderError {
        if process.isRunning { cancel() }
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let reason = text.split(separator: "\n").last.map(String.init) ?? "exit status \(process.terminationStatus)"
        return RenderError("ffmpeg could not write \(path): \(reason)")
    }
}
