import Foundation

/// Thailand's 77 provinces as SVG outlines, with the industrial estates as points: made from the
/// shared boundaries by `scripts/make-province-map.py` (the licence and sources sit beside it in
/// Resources/reference). Read once from the app's bundle.
struct ThailandMap: Decodable, Sendable {
    struct Province: Decodable, Sendable {
        let code: Int
        let name_th: String
        let name_en: String
        /// The outline, in the map's own units (`width` × `height`).
        let d: String
        /// A point inside the province, for its label.
        let x: Double
        let y: Double
    }

    struct EstatePoint: Decodable, Sendable {
        let code: String
        let x: Double
        let y: Double
    }

    let width: Double
    let height: Double
    let attribution_th: String
    let attribution_en: String
    let provinces: [Province]
    let estates: [EstatePoint]

    static let shared: ThailandMap = {
        do {
            return try JSONDecoder().decode(ThailandMap.self, from: ReferenceData.resource("thailand-map", "json"))
        } catch {
            // The file ships inside the app: a broken one is a build fault, caught by the tests.
            return ThailandMap(width: 1, height: 1, attribution_th: "", attribution_en: "", provinces: [], estates: [])
        }
    }()

    func province(_ code: Int) -> Province? { provinces.first { $0.code == code } }
}
