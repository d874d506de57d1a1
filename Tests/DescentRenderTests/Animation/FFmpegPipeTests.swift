import Foundation
import Testing
@testable import DescentRender

/// A video encoder whose process is gone: the library reports it, is not killed by SIGPIPE,
/// and leaves the process's signal handling as it was.
@Suite struct FFmpegPipeTests {
    /// SIGPIPE's disposition in this process, as a handler address (SIG_DFL, SIG_IGN or a function).
    private static func pipeDisposition() -> UnsafeMutableRawPointer? {
        var action = sigaction()
        sigaction(SIGPIPE, nil, &action)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: UnsafeMutableRawPointer?.self)
    }

    @Test func anEncoderThatExitsIsAnErrorAndSignalsStayAsTheyWere() throws {
        let before = Self.pipeDisposition()
        let dir = try OutputFileTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // `false` reads nothing and exits at once: the pipe's reader is gone after the first frame at most.
        let video = try FFmpegVideo(executable: "/bin/false", path: dir + "/x.mp4", width: 400, height: 300, fps: 24)
        let frame = [UInt32](repeating: 0xFF00_00FF, count: 400 * 300)
        #expect(throws: RenderError.self) {
            try frame.withUnsafeBufferPointer { pixels in
                for _ in 0..<20 { try video.append(pixels) }
                try video.finish()
            }
        }
        #expect(Self.pipeDisposition() == before)
        var pending = sigset_t()
        sigpending(&pending)
        #expect(sigismember(&pending, SIGPIPE) == 0)
    }
}
