import Descent

/// The painted surface of a panel: values at pixel centres, turned into colours.
enum Heatmap {
    /// f at the centres of a `columns` x `rows` pixel grid covering `box` (Field row 0 at the bottom).
    static func sample(_ surface: any Surface, box: ViewBox, columns: Int, rows: Int) -> Field {
        let hx = box.width / Double(columns) / 2, hy = box.height / Double(rows) / 2
        let centres = ViewBox(x: (box.x.lowerBound + hx)...(box.x.upperBound - hx),
                              y: (box.y.lowerBound + hy)...(box.y.upperBound - hy))
        return Field.sample(surface, box: centres, columns: columns, rows: rows)
    }

    /// The field of transformed values (`ColorMapping.transformed`) coloured through `mapping`
    /// and `colormap`, flipped so row 0 is at the top; NaN is drawn in the colormap's colour for
    /// bad values. Rows in parallel.
    static func image(transformed field: Field, mapping: ColorMapping, colormap: Colormap, filled: Bool) -> PixelImage {
        let table = colormap.lookupTable(count: 1024)
        let bad = colormap.color(at: .nan).argb
        var pixels = [UInt32](repeating: 0, count: field.columns * field.rows)
        // Image row r shows field row rows − 1 − r.
        Parallel.fill(&pixels, blockLength: field.columns, chunk: 32) { imageRows, out in
            for (k, imageRow) in imageRows.enumerated() {
                let row = field.rows - 1 - imageRow
                for column in 0..<field.columns {
                    let t = mapping.shown(mapping.fraction(transformed: field[column, row]), filled: filled)
                    out[k * field.columns + column] = t.isNaN ? bad : table[min(Int(t * 1023 + 0.5), 1023)]
                }
            }
        }
        return PixelImage(width: field.columns, height: field.rows, pixels: pixels)
    }
}

extension RGB {
    /// Opaque ARGB32 pixel value.
    var argb: UInt32 {
        func byte(_ c: Double) -> UInt32 { UInt32(min(max(c, 0), 1) * 255 + 0.5) }
        return 0xFF00_0000 | byte(r) << 16 | byte(g) << 8 | byte(b)
    }
}
