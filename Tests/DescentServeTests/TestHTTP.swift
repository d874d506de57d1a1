import Foundation

/// A plain HTTP/1.1 client over a socket, for tests: one request per connection, or a stream
/// read piece by piece and dropped whenever the test likes.
struct TestHTTP {
    let port: Int

    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Sends `method path` with `body` and reads the whole reply.
    func request(_ method: String, _ path: String, body: String? = nil, headers: [String: String] = [:]) throws -> Reply {
        let socket = try connect()
        defer { close(socket) }
        try send(socket, method, path, body: body, headers: headers.merging(["Connection": "close"]) { a, _ in a })
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = Foundation.read(socket, &buffer, buffer.count)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return try Self.parse(data)
    }

    /// Opens `path` and returns the socket, after the reply's head has begun.
    func open(_ path: String) throws -> Int32 {
        let socket = try connect()
        try send(socket, "GET", path, body: nil, headers: [:])
        return socket
    }

    /// Reads from `socket` until `text` has arrived or `seconds` pass; returns what was read.
    static func read(_ socket: Int32, until text: String, seconds: Double) -> String {
        var received = Data(), buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = Date(timeIntervalSinceNow: seconds)
        while Date() < deadline && !String(decoding: received, as: UTF8.self).contains(text) {
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let count = Foundation.read(socket, &buffer, buffer.count)
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: received, as: UTF8.self)
    }

    private func connect() throws -> Int32 {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(socket); throw CocoaError(.fileReadUnknown) }
        return socket
    }

    private func send(_ socket: Int32, _ method: String, _ path: String, body: String?, headers: [String: String]) throws {
        var head = "\(method) \(path) HTTP/1.1\r\n"
        for (name, value) in ["Host": "127.0.0.1:\(port)"].merging(headers, uniquingKeysWith: { _, given in given }) {
            head += "\(name): \(value)\r\n"
        }
        let bytes = Array((body ?? "").utf8)
        if body != nil { head += "Content-Length: \(bytes.count)\r\n" }
        let message = Array((head + "\r\n").utf8) + bytes
        guard write(socket, message, message.count) == message.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// A reply's status, headers and body (chunked bodies joined).
    static func parse(_ data: Data) throws -> Reply {
        guard let end = data.firstRange(of: Data("\r\n\r\n".utf8)) else { throw CocoaError(.fileReadCorruptFile) }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[end.upperBound...])
        if headers["transfer-encoding"] == "chunked" {
            var joined = Data(), rest = body[...]
            while let lineEnd = rest.firstRange(of: Data("\r\n".utf8)),
                  let size = Int(String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self), radix: 16), size > 0 {
                joined.append(rest[lineEnd.upperBound..<(lineEnd.upperBound + size)])
                rest = rest[(lineEnd.upperBound + size + 2)...]
            }
            body = joined
        }
        return Reply(status: status, headers: headers, body: body)
    }
}
