import Fluent
import Foundation
import SanfanCore
import Vapor

/// Admin pages for the catalogues. Thin: the fields and their rules live in `Catalogues`.
enum CatalogueController {
    // MARK: - Estates

    static func estates(req: Request) async throws -> Response {
        let t = req.localizer
        let thai = req.language == .thai
        var model = CataloguePages.List(
            title: t(.cataloguesEstates),
            newPath: SiteURL.newCatalogueEstate.path,
            newLabel: t(.newEstate),
            columns: [t(.code), t(.estate), t(.province), t(.programmeYear), t(.status)]
        )
        model.rows = try await EstateQueries.all(on: req.db).map {
            [
                .init(text: $0.code, link: SiteURL.catalogueEstate($0.id).path),
                .init(text: thai ? $0.name_th : $0.name_en), .init(text: thai ? $0.province_th : $0.province_en),
                .init(text: $0.programme_year.map { t.fiscalYear($0) } ?? "—"),
                .init(text: t($0.is_active ? .active : .disabled)),
            ]
        }
        return CataloguePages.list(model, req.pageContext()).response()
    }

    static func estate(req: Request) async throws -> Response {
        let estate = try await find(Estate.self, req)
        return try await renderEstate(
            estate,
            values: estate.map(estateValues) ?? ["operator": "ieat", "is_active": "true"],
            errors: [:],
            req
        )
    }

    static func saveEstate(req: Request) async throws -> Response {
        try await submit(
            try await find(Estate.self, req) ?? Estate(),
            req,
            done: SiteURL.catalogueEstates.path,
            save: { try await Catalogues.saveEstate($0, $1, by: $2, at: $3, on: $4) },
            render: { try await renderEstate($0, values: $1, errors: $2, req, status: .unprocessableEntity) }
        )
    }

    private static func estateValues(_ estate: Estate) -> [String: String] {
        [
            "code": estate.code, "name_th": estate.nameTh, "name_en": estate.nameEn,
            "province_code": String(estate.provinceCode), "district_th": estate.districtTh,
            "operator": estate.operatorKind, "programme_year": estate.programmeYear.map(String.init) ?? "",
            "is_active": String(estate.isActive),
        ]
    }

    private static func renderEstate(
        _ estate: Estate?,
        values: [String: String],
        errors: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let t = req.localizer
        let thai = req.language == .thai
        let provinces = try await AddressQueries.provinces(on: req.db).map {
            Components.Choice(value: String($0.code), label: thai ? $0.name_th : $0.name_en)
        }
        var model = CataloguePages.Form(
            title: estate.map { thai ? $0.nameTh : $0.nameEn } ?? t(.newEstate),
            backPath: SiteURL.catalogueEstates.path,
            backLabel: t(.cataloguesEstates),
            action: (estate.map { SiteURL.catalogueEstate($0.id!) } ?? .catalogueEstates).path
        )
        model.fields = [
            .text("code", t(.code), hint: t(.codeHint), required: true),
            .text("name_th", t(.nameThai), required: true), .text("name_en", t(.nameEnglish), required: true),
            .select("province_code", t(.province), provinces), .text("district_th", t(.district)),
            .select(
                "operator",
                t(.operatorColumn),
                [
                    .init(value: "ieat", label: t(.operatorIEAT)), .init(value: "joint", label: t(.operatorJoint)),
                    .init(value: "unknown", label: t(.operatorUnknown)),
                ]
            ),
            .text("programme_year", t(.programmeYear), hint: t(.fiscalYearHint)), .checkbox("is_active", t(.active)),
        ]
        model.values = values
        model.errors = errors
        return CataloguePages.form(model, req.pageContext()).response(status: status)
    }

    // MARK: - Occupations

    static func occupations(req: Request) async throws -> Response {
        let t = req.localizer
        let thai = req.language == .thai
        var model = CataloguePages.List(
            title: t(.cataloguesOccupations),
            newPath: SiteURL.newOccupation.path,
            newLabel: t(.newOccupation),
            columns: [t(.code), t(.occupation), t(.certifyingBody), t(.standard), t(.unitsCount), t(.status)]
        )
        let units = try await CatalogueQueries.unitCounts(on: req.db)
        model.rows = try await CatalogueQueries.occupations(on: req.db).map {
            [
                .init(text: $0.code, link: SiteURL.occupation($0.id!).path),
                .init(text: thai ? $0.nameTh : $0.nameEn), .init(text: t(bodyPhrase($0.certifyingBody))),
                .init(text: [$0.standardName, $0.standardLevel].compactMap { $0 }.joined(separator: " · ")),
                .init(text: String(units[$0.id!] ?? 0)), .init(text: t($0.isActive ? .active : .disabled)),
            ]
        }
        return CataloguePages.list(model, req.pageContext()).response()
    }

    static func occupation(req: Request) async throws -> Response {
        let occupation = try await find(Occupation.self, req)
        var values = ["certifying_body": "tpqi", "is_active": "true"]
        if let occupation {
            let units = try await CatalogueQueries.units(of: occupation.requireID(), on: req.db)
            values = [
                "code": occupation.code, "name_th": occupation.nameTh, "name_en": occupation.nameEn,
                "sector_th": occupation.sectorTh, "certifying_body": occupation.certifyingBody.rawValue,
                "standard_name": occupation.standardName ?? "", "standard_code": occupation.standardCode ?? "",
                "standard_level": occupation.standardLevel ?? "", "is_active": String(occupation.isActive),
                "units": UnitsOfCompetency.write(units.map { .init(code: $0.code, name: $0.nameTh) }),
            ]
        }
        return try renderOccupation(occupation, values: values, errors: [:], req)
    }

    static func saveOccupation(req: Request) async throws -> Response {
        try await submit(
            try await find(Occupation.self, req) ?? Occupation(),
            req,
            done: SiteURL.occupations.path,
            save: { try await Catalogues.saveOccupation($0, $1, by: $2, at: $3, on: $4) },
            render: { try renderOccupation($0, values: $1, errors: $2, req, status: .unprocessableEntity) }
        )
    }

    private static func bodyPhrase(_ body: Occupation.CertifyingBody) -> Phrase {
        switch body {
        case .tpqi: .bodyTPQI
        case .dsd: .bodyDSD
        case .none: .bodyNone
        }
    }

    private static func renderOccupation(
        _ occupation: Occupation?,
        values: [String: String],
        errors: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) throws -> Response {
        let t = req.localizer
        var model = CataloguePages.Form(
            title: occupation.map { req.language == .thai ? $0.nameTh : $0.nameEn } ?? t(.newOccupation),
            backPath: SiteURL.occupations.path,
            backLabel: t(.cataloguesOccupations),
            action: (occupation.map { SiteURL.occupation($0.id!) } ?? .occupations).path
        )
        model.fields = [
            .text("code", t(.code), hint: t(.codeHint), required: true),
            .text("name_th", t(.nameThai), required: true), .text("name_en", t(.nameEnglish), required: true),
            .text("sector_th", t(.sector)),
            .select(
                "certifying_body",
                t(.certifyingBody),
                Occupation.CertifyingBody.allCases.map { .init(value: $0.rawValue, label: t(bodyPhrase($0))) }
            ),
            .text("standard_name", t(.standard)), .text("standard_code", t(.standardCode)),
            .text("standard_level", t(.standardLevel)),
            .textarea("units", t(.unitsOfCompetency), hint: t(.unitsHint)), .checkbox("is_active", t(.active)),
        ]
        model.values = values
        model.errors = errors
        return CataloguePages.form(model, req.pageContext()).response(status: status)
    }

    // MARK: - Organisations

    static func organisations(req: Request) async throws -> Response {
        let t = req.localizer
        let thai = req.language == .thai
        var model = CataloguePages.List(
            title: t(.cataloguesOrganisations),
            newPath: SiteURL.newOrganisation.path,
            newLabel: t(.newOrganisation),
            columns: [t(.code), t(.organisation), t(.kind), t(.contact), t(.usersTitle), t(.status)]
        )
        let users = try await UserQueries.memberCounts(on: req.db)
        model.rows = try await CatalogueQueries.organisations(on: req.db).map {
            [
                .init(text: $0.code, link: SiteURL.organisation($0.id!).path),
                .init(text: "\($0.shortName) · \(thai ? $0.nameTh : $0.nameEn)"),
                .init(text: t(RoleText.kindPhrase($0.kind))),
                .init(text: [$0.contactName, $0.contactPhone].compactMap { $0 }.joined(separator: " · ")),
                .init(text: String(users[$0.id!] ?? 0)), .init(text: t($0.isActive ? .active : .disabled)),
            ]
        }
        return CataloguePages.list(model, req.pageContext()).response()
    }

    static func organisation(req: Request) async throws -> Response {
        let organisation = try await find(Organisation.self, req)
        let values =
            organisation.map {
                [
                    "code": $0.code, "short_name": $0.shortName, "name_th": $0.nameTh, "name_en": $0.nameEn,
                    "kind": $0.kind.rawValue, "contact_name": $0.contactName ?? "",
                    "contact_phone": $0.contactPhone ?? "", "contact_email": $0.contactEmail ?? "",
                    "is_active": String($0.isActive),
                ]
            } ?? ["kind": Organisation.Kind.trainingProvider.rawValue, "is_active": "true"]
        return try await renderOrganisation(organisation, values: values, errors: [:], req)
    }

    static func saveOrganisation(req: Request) async throws -> Response {
        try await submit(
            try await find(Organisation.self, req) ?? Organisation(),
            req,
            done: SiteURL.organisations.path,
            save: { try await Catalogues.saveOrganisation($0, $1, by: $2, at: $3, on: $4) },
            render: { try await renderOrganisation($0, values: $1, errors: $2, req, status: .unprocessableEntity) }
        )
    }

    private static func renderOrganisation(
        _ organisation: Organisation?,
        values: [String: String],
        errors: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let t = req.localizer
        var model = CataloguePages.Form(
            title: organisation.map { req.language == .thai ? $0.nameTh : $0.nameEn } ?? t(.newOrganisation),
            backPath: SiteURL.organisations.path,
            backLabel: t(.cataloguesOrganisations),
            action: (organisation.map { SiteURL.organisation($0.id!) } ?? .organisations).path
        )
        model.fields = [
            .text("code", t(.code), hint: t(.codeHint), required: true),
            .text("short_name", t(.shortName), required: true), .text("name_th", t(.nameThai), required: true),
            .text("name_en", t(.nameEnglish), required: true),
            .select(
                "kind",
                t(.kind),
                Organisation.Kind.allCases.map { .init(value: $0.rawValue, label: t(RoleText.kindPhrase($0))) }
            ),
            .text("contact_name", t(.contactName)), .text("contact_phone", t(.phone)),
            .text("contact_email", t(.contactEmail)), .checkbox("is_active", t(.active)),
        ]
        model.values = values
        model.errors = errors
        if let organisation {
            let users = try await UserQueries.members(of: organisation.requireID(), on: req.db)
            model.related = (
                t(.linkedUsers),
                users.map { "\($0.displayName) (\($0.username))\($0.isActive ? "" : " · " + t(.disabled))" }
            )
        }
        return CataloguePages.form(model, req.pageContext()).response(status: status)
    }

    // MARK: -

    /// Saves a catalogue form through `save`; on refused input shows the form again with the
    /// errors beside their fields (a new record is shown as new).
    private static func submit<M: Model>(
        _ record: M,
        _ req: Request,
        done: String,
        save: (M, [String: String], Principal, Date, any Database) async throws -> Void,
        render: (M?, [String: String], [String: String]) async throws -> Response
    ) async throws -> Response {
        let values = try req.content.decode([String: String].self)
        let isNew = record.id == nil
        do {
            try await save(record, values, try req.requirePrincipal(), req.sanfan.clock.now(), req.db)
        } catch let errors as FieldErrors {
            return try await render(isNew ? nil : record, values, errors.localized(req.localizer))
        }
        req.flash = req.localizer(.catalogueSaved)
        return req.redirect(to: done)
    }

    /// The record named in the path, `nil` for a new one (`…/new`), or 404.
    private static func find<M: Model>(_ type: M.Type, _ req: Request) async throws -> M? where M.IDValue == UUID {
        guard req.parameters.get("id") != nil else { return nil }
        return try await req.scoped.catalogue(type)
    }
}
