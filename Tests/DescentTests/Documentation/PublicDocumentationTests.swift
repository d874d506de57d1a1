import Foundation
import Testing

@Suite("Public API documentation")
struct PublicDocumentationTests {
    /// The modules other packages import: every public declaration in them needs a doc comment.
    static let modules = ["Descent", "DescentRender", "DescentScene"]

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("every public declaration of the library modules has a /// doc comment")
    func libraryIsDocumented() throws {
        var problems: [String] = []
        var files = 0
        for module in Self.modules {
            let directory = Self.packageRoot.appendingPathComponent("Sources/\(module)")
            let enumerator = try #require(FileManager.default.enumerator(atPath: directory.path))
            for case let relative as String in enumerator where relative.hasSuffix(".swift") {
                let source = try String(contentsOf: directory.appendingPathComponent(relative), encoding: .utf8)
                files += 1
                for finding in PublicDeclarationScanner.undocumented(in: source) {
                    problems.append("Sources/\(module)/\(relative):\(finding)")
                }
            }
        }
        #expect(files > 100, "the scan found only \(files) Swift files under \(Self.packageRoot.path)")
        #expect(problems.isEmpty, "\(problems.count) undocumented:\n\(problems.sorted().joined(separator: "\n"))")
    }

    /// The lines the scanner reports for `source`.
    func reported(_ source: String) -> [Int] {
        PublicDeclarationScanner.undocumented(in: source).map(\.line)
    }

    @Test("a documented declaration passes, an undocumented one is reported with its line")
    func documentedAndNot() {
        let source = """
            /// A point.
            public struct Point {
                /// Horizontal.
                public var x: Double
                public var y: Double
                var hidden: Int
            }
            public func free() {}
            """
        #expect(reported(source) == [5, 8])
        #expect(PublicDeclarationScanner.undocumented(in: source).last?.text == "public func free() {}")
    }

    @Test("attributes may stand between the comment and the declaration")
    func attributes() {
        let source = """
            /// Fast.
            @inlinable
            @discardableResult public func a() -> Int { 1 }
            /// Also fast.
            @available(*, deprecated, message: "use a")
            public func b() {}
            @inlinable
            public func c() {}
            """
        #expect(reported(source) == [8])
    }

    @Test("a doc comment may span several lines; a blank line or a plain comment breaks it")
    func multiLine() {
        let source = """
            /// One.
            ///
            /// Two.
            public let one = 1

            /// Detached.

            public let two = 2
            /// Not this one:
            // a plain comment in between
            public let three = 3
            // Plain only.
            public let four = 4
            """
        #expect(reported(source) == [8, 11, 13])
    }

    @Test("public in a string literal or a comment is not a declaration")
    func stringsAndComments() {
        let source = #"""
            let a = "public func fake() {}"
            let b = """
                public var alsoFake = 1
                """
            let c = #"public "quoted" let raw = 2"#
            let d = "\("public" + "x") public func x()"
            // public func commented()
            /* public func blocked()
               /* public nested */ public struct StillComment {}
            */
            let e = 1 // public var trailing
            """#
        #expect(reported(source) == [])
    }

    @Test("braces in strings and comments do not confuse the scopes")
    func bracesInStrings() {
        let source = """
            /// Sign.
            public enum Sign {
                /// Plus.
                case plus
                static let text = "{ {"  // }
                case minus
            }
            """
        #expect(reported(source) == [6])
    }

    @Test("enum cases are public with their enum; one line of cases is one declaration")
    func enumCases() {
        let source = """
            /// Colours.
            public enum Colour {
                case red, green, blue
                /// Documented.
                case other(String)
                func hidden() {
                    switch self {
                    case .red: break
                    default: break
                    }
                }
            }
            enum Internal {
                case a
            }
            """
        #expect(reported(source) == [3])
    }

    @Test("protocol requirements and public extension members are public without the keyword")
    func implicitlyPublic() {
        let source = """
            /// Shapes.
            public protocol Shape {
                var area: Double { get }
                /// Documented.
                func scaled(by factor: Double) -> Self
            }
            public extension Shape {
                var double: Double { area * 2 }
                private var secret: Int { 1 }
            }
            extension Shape {
                var internalOnly: Int { 0 }
                public var explicit: Int { 0 }
            }
            """
        #expect(reported(source) == [3, 8, 13])
    }

    @Test("modifiers in any order, open classes, private(set) and multi-line signatures")
    func modifiers() {
        let source = """
            open class Base {
                public private(set) var count = 0
                open class func make() -> Base { Base() }
                public static
                func other() {}
                /// Documented.
                public init(
                    a: Int,
                    b: Int
                ) {}
            }
            /// Documented.
            public final class Leaf: Base {}
            func open() {}
            """
        #expect(reported(source) == [1, 2, 3, 4])
    }
}
