import Foundation
import Testing
@testable import DescentRender

@Suite struct SVGIdentifiersTests {
    @Test func renumbersInOrderOfFirstAppearance() {
        let input = ##"<image id="image17"/><g id="surface9"><use xlink:href="#image17"/><image id="image4"/><use xlink:href="#image4"/></g><path id="glyph0-3"/>"##
        let expected = ##"<image id="image1"/><g id="surface1"><use xlink:href="#image1"/><image id="image2"/><use xlink:href="#image2"/></g><path id="glyph0-3"/>"##
        #expect(String(decoding: SVGIdentifiers.normalize(Data(input.utf8)), as: UTF8.self) == expected)
    }

    @Test func leavesOtherTextAlone() {
        let input = ##"<text>image 5</text><a href="#images">imagery surface</a>"##
        #expect(String(decoding: SVGIdentifiers.normalize(Data(input.utf8)), as: UTF8.self) == input)
    }
}
