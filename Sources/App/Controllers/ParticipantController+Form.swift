import Fluent
import Foundation
import SanfanCore
import Vapor

extension ParticipantController {
    /// The register/edit form's page model: choices for estate, community and address, and the
    /// consent items, around the values as typed.
    static func renderForm(
        _ form: Registry.Submission,
        province: Int?,
        id: UUID?,
        errors: [String: String],
        duplicate: String? = nil,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        guard AccessPolicy.can(principal, .editRegistry) else { throw Abort(.forbidden) }
        let t = req.localizer
        let thai = req.language == .thai
        var model = ParticipantForm.Model(
            id: id,
            values: form.values,
            consents: form.consents,
            errors: errors
        )
        model.duplicateWarning = duplicate
        // The edit form's own person, through the same scoped door as the handler that called this.
        if id != nil {
            let participant = try await req.scoped.editableParticipant()
            model.maskedNationalID = participant.nationalIDSealed.map { maskedID($0, req.sanfan.vault) }
        }
        let estates = try await visibleEstates(principal, req)
        model.estateChoices = req.localizer.sortedByName(
            estates.map { .init(value: $0.id.uuidString, label: thai ? $0.name_th : $0.name_en) },
            \.label
        )
        let communities = try await CommunityQueries.choices(
            scope: AccessPolicy.recordScope(for: principal),
            on: req.db
        )
        model.communityGroups = Dictionary(grouping: communities, by: { thai ? $0.estate_name_th : $0.estate_name_en })
            .sorted { $0.key < $1.key }
            .map {
                ParticipantForm.Group(
                    label: $0.key,
                    choices: $0.value.map { .init(value: $0.id.uuidString, label: $0.name_th) }
                )
            }
        model.provinceChoices = try await AddressQueries.provinces(on: req.db).map {
            .init(value: String($0.code), label: thai ? $0.name_th : $0.name_en)
        }
        let province = province ?? estates.first { $0.id.uuidString == form.estateID }?.province_code ?? 10
        model.values["province_code"] = String(province)
        let subdistricts = try await AddressQueries.subdistricts(inProvince: province, on: req.db)
        model.subdistrictGroups = Dictionary(grouping: subdistricts, by: { thai ? $0.district_th : $0.district_en })
            .sorted { $0.key < $1.key }
            .map { group in
                ParticipantForm.Group(
                    label: group.key,
                    choices: group.value.map {
                        .init(value: String($0.code), label: "\(thai ? $0.name_th : $0.name_en) (\($0.postcode))")
                    }
                )
            }
        model.consentItems = try await ConsentCatalogue.items(on: req.db).map {
            .init(value: $0.key, label: RegistryText.consentLabel($0, t))
        }
        return ParticipantForm.view(model, req.pageContext()).response(status: status)
    }
}
