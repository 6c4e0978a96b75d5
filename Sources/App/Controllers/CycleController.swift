import Fluent
import Foundation
import SanfanCore
import Vapor

/// Cycles: HQ plans them, everyone with the dashboard sees their target against actual.
enum CycleController {
    static func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let cycles = try await CycleQueries.all(on: req.db)
        let counts = try await CycleQueries.estateCounts(on: req.db)
        let thai = req.language == .thai
        let rows = cycles.map {
            CyclePages.Row(
                id: $0.id!,
                fiscalYear: $0.fiscalYear,
                name: thai ? $0.nameTh : $0.nameEn,
                status: $0.status,
                estates: counts[$0.id!] ?? 0
            )
        }
        return CyclePages.list(rows, canManage: AccessPolicy.can(principal, .manageCycles), req.pageContext())
            .response()
    }

    static func new(req: Request) async throws -> Response {
        let year = ThaiCalendar.fiscalYear(of: req.sanfan.clock.now())
        let form = Cycles.Input(
            fiscalYear: String(year),
            nameTh: "ปีงบประมาณ \(year)",
            nameEn: Cycles.defaultEnglishName(year)
        )
        return try await render(form, cycle: nil, errors: [:], req)
    }

    static func create(req: Request) async throws -> Response {
        try await save(Cycle(), req)
    }

    static func edit(req: Request) async throws -> Response {
        let cycle = try await req.scoped.cycle()
        let estates = try await CycleQueries.estates(of: cycle.requireID(), on: req.db)
        let form = Cycles.Input(stored: cycle, estates: estates)
        return try await render(form, cycle: cycle, errors: [:], req)
    }

    static func update(req: Request) async throws -> Response {
        try await save(try await req.scoped.cycle(), req)
    }

    private static func save(_ cycle: Cycle, _ req: Request) async throws -> Response {
        let form = try req.input(Cycles.Input.self)
        do {
            try await Cycles.save(cycle, form, by: req.requirePrincipal(), at: req.sanfan.clock.now(), on: req.db)
        } catch let errors as FieldErrors {
            return try await render(
                form,
                cycle: cycle.id == nil ? nil : cycle,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.cycleSaved)
        return req.redirect(to: SiteURL.cycle(try cycle.requireID()).path)
    }

    private static func render(
        _ form: Cycles.Input,
        cycle: Cycle?,
        errors: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let thai = req.language == .thai
        var model = CyclePages.Form(id: cycle?.id, errors: errors)
        model.values = form.values
        model.estateIDs = Set(form.estateIDs)
        model.estateChoices = try await EstateQueries.all(on: req.db).filter(\.is_active).map {
            .init(
                value: $0.id.uuidString,
                label: (thai ? $0.name_th : $0.name_en)
                    + ($0.programme_year.map { " (\(req.localizer.fiscalYear($0)))" } ?? "")
            )
        }
        return CyclePages.form(model, req.pageContext()).response(status: status)
    }

    // MARK: - Target against actual

    static func show(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let cycle = try await req.scoped.cycle()
        // The figures from the store: the page's cost does not grow with the people it counts.
        let figures = try await CycleFigureQueries.load(cycle, bands: req.sanfan.settings.ageBands, on: req.db)
        let rows = figures.rows
        let thai = req.language == .thai
        var model = CyclePages.Progress(
            id: try cycle.requireID(),
            title: thai ? cycle.nameTh : cycle.nameEn,
            fiscalYear: cycle.fiscalYear,
            status: cycle.status,
            canManage: AccessPolicy.can(principal, .manageCycles)
        )
        // An officer sees their own estates' rows, which their lists back up; the programme's total
        // is stated as plain text.
        var shownRows = rows
        if let ids = AccessPolicy.figureEstates(for: principal) {
            shownRows = rows.filter { ids.contains($0.estate_id) }
            model.programmeTotal = (
                completed: rows.reduce(0) { $0 + $1.completed }, target: rows.reduce(0) { $0 + $1.target_trained }
            )
            model.ownEstatesOnly = true
        }
        model.sharedOnly = AccessPolicy.seesSharedOnly(principal)
        model.rows = req.localizer.sortedByName(shownRows) { thai ? $0.estate_name_th : $0.estate_name_en }.map {
            CyclePages.ProgressRow(
                estateID: $0.estate_id,
                estate: thai ? $0.estate_name_th : $0.estate_name_en,
                linked: AccessPolicy.mayOpenPeople(at: $0.estate_id, principal),
                target: .init(
                    trained: $0.target_trained,
                    certified: $0.target_certified,
                    livelihoods: $0.target_livelihoods,
                    income: Satang($0.target_income_satang)
                ),
                registered: $0.registered,
                enrolled: $0.enrolled,
                completed: $0.completed,
                assessed: $0.assessed,
                certified: $0.certified
            )
        }
        model.totalsLinked = AccessPolicy.can(principal, .viewPersonalData)
        try await addLivelihoods(to: &model, figures, cycle, shownRows.map(\.estate_id), principal, req)
        let bands = cycle.ageBands.flatMap(AgeBands.init(parsing:)) ?? req.sanfan.settings.ageBands
        let byGroup = try await CycleFigureQueries.ageGroups(
            cycle,
            estates: model.ownEstatesOnly ? Set(shownRows.map(\.estate_id)) : nil,
            bands: req.sanfan.settings.ageBands,
            generation: figures.generation,
            on: req.db
        )
        if !byGroup.isEmpty {
            let t = req.localizer
            let ages: [AgeGroup: String] = [
                .workingAge: "\(bands.minimumAge)–\(bands.nearRetirementFrom - 1)",
                .nearRetirement: "\(bands.nearRetirementFrom)–\(bands.elderlyFrom - 1)",
                .elderly: "\(bands.elderlyFrom)+",
            ]
            model.ageGroups = AgeGroup.allCases.map { group in
                let row = byGroup.first { $0.age_group == group.rawValue }
                return (
                    "\(t(RegistryText.ageGroup(group))) (\(t(.ageYears, ages[group] ?? "")))",
                    row?.enrolled ?? 0, row?.completed ?? 0
                )
            }
            // Younger than the bands allow (registered under other bands, or the bands changed since).
            if let outside = byGroup.first(where: { $0.age_group == "outside" }) {
                model.ageGroups.append(
                    (t(.outsideAgeBands, String(bands.minimumAge)), outside.enrolled, outside.completed)
                )
            }
        }
        return CyclePages.progress(model, req.pageContext()).response()
    }

    /// The livelihood figures per shown estate, and the income gain of each of their communities.
    private static func addLivelihoods(
        to model: inout CyclePages.Progress,
        _ figures: CycleFigureQueries.Figures,
        _ cycle: Cycle,
        _ estates: [UUID],
        _ principal: Principal,
        _ req: Request
    ) async throws {
        for index in model.rows.indices {
            let row = figures.livelihood[model.rows[index].estateID] ?? .init()
            model.rows[index].livelihood = .init(
                referred: row.referred,
                mentored: row.mentored,
                loansApproved: row.loansApproved,
                loansApprovedSatang: row.loansApprovedSatang,
                businesses: row.businesses,
                placed: row.placed,
                gainSatang: row.income.gainSatang,
                measured: row.income.measured,
                unreached: row.income.unreached,
                noBaseline: row.income.noBaseline
            )
        }
        model.livelihoodLinks = .init(
            people: AccessPolicy.can(principal, .viewPersonalData),
            loans: AccessPolicy.can(principal, .viewLoans),
            enterprises: AccessPolicy.can(principal, .viewEnterprises)
        )
        let names = Dictionary(model.rows.map { ($0.estateID, $0.estate) }, uniquingKeysWith: { a, _ in a })
        let target = Dictionary(
            figures.rows.map { ($0.estate_id, $0.target_income_satang) },
            uniquingKeysWith: { a, _ in a }
        )
        // An officer's page: the communities of their estates only.
        let own = model.ownEstatesOnly ? Set(estates) : nil
        model.communities = figures.communities.filter { own == nil || $0.estateID.map { own!.contains($0) } == true }
            .map {
                CyclePages.CommunityIncome(
                    community: $0.community ?? req.localizer(.noCommunity),
                    estate: $0.estateID.flatMap { names[$0] } ?? "—",
                    gain: Satang($0.income.gainSatang),
                    measured: $0.income.measured,
                    unreached: $0.income.unreached,
                    noBaseline: $0.income.noBaseline,
                    target: Satang($0.estateID.flatMap { target[$0] } ?? 0)
                )
            }
    }

    // MARK: - Targets

    static func targets(req: Request) async throws -> Response {
        let cycle = try await req.scoped.cycle()
        return try await renderTargets(cycle, values: [:], errors: [:], sheetErrors: [], req)
    }

    static func saveTargets(req: Request) async throws -> Response {
        let cycle = try await req.scoped.cycle()
        let form = try req.content.decode([String: String].self)
        do {
            try await Cycles.saveTargets(
                Cycles.TargetsInput(form: form),
                in: cycle,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch let errors as FieldErrors {
            return try await renderTargets(
                cycle,
                values: form,
                errors: errors.localized(req.localizer),
                sheetErrors: [],
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.targetsSaved)
        return req.redirect(to: SiteURL.cycle(try cycle.requireID()).path)
    }

    static func exportTargets(req: Request) async throws -> Response {
        let cycle = try await req.scoped.cycle()
        let text = try await Cycles.exportTargets(cycle, on: req.db)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "targets-\(cycle.fiscalYear).csv")
        // The byte-order mark is what makes Excel read the file as UTF-8 rather than as Windows-874.
        return Response(status: .ok, headers: headers, body: .init(string: "\u{FEFF}" + text))
    }

    struct Upload: Content {
        var sheet: File?
    }

    static func importTargets(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let cycle = try await req.scoped.cycle()
        let upload = try req.content.decode(Upload.self)
        let t = req.localizer
        guard let file = upload.sheet, file.data.readableBytes > 0 else {
            return try await renderTargets(
                cycle,
                values: [:],
                errors: [:],
                sheetErrors: [t(.sheetMissing)],
                req,
                status: .unprocessableEntity
            )
        }
        guard CycleRules.canChange(cycle.status, principal) else {
            return try await renderTargets(
                cycle,
                values: [:],
                errors: [:],
                sheetErrors: [t(.cycleClosed)],
                req,
                status: .unprocessableEntity
            )
        }
        do {
            let count = try await Cycles.importTargets(
                Array(file.data.readableBytesView),
                into: cycle,
                by: principal,
                at: req.sanfan.clock.now(),
                on: req.db
            )
            req.flash = t(.targetsImported, String(count))
            return req.redirect(to: SiteURL.cycleTargets(try cycle.requireID()).path)
        } catch let refused as Cycles.SheetRefused {
            let messages =
                refused.unreadableWorkbook
                ? [t(.sheetWorkbookUnreadable)]
                : refused.encodingOffset.map { [t(.sheetEncodingUnknown, String($0 + 1))] }
                    ?? refused.rows.map { TargetSheetText.message($0, t) }
            return try await renderTargets(
                cycle,
                values: [:],
                errors: [:],
                sheetErrors: messages,
                req,
                status: .unprocessableEntity
            )
        }
    }

    private static func renderTargets(
        _ cycle: Cycle,
        values: [String: String],
        errors: [String: String],
        sheetErrors: [String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let thai = req.language == .thai
        let rows = try await CycleQueries.estates(of: cycle.requireID(), withEstate: true, on: req.db)
            .sorted { $0.estate.nameTh < $1.estate.nameTh }
        var model = CyclePages.Targets(
            id: try cycle.requireID(),
            title: thai ? cycle.nameTh : cycle.nameEn,
            errors: errors,
            sheetErrors: sheetErrors
        )
        model.rows = rows.map { row in
            let key = row.$estate.id.uuidString.lowercased()
            func value(_ field: String, _ stored: String) -> String { values["\(field)_\(key)"] ?? stored }
            return CyclePages.TargetRow(
                key: key,
                estate: thai ? row.estate.nameTh : row.estate.nameEn,
                trained: value("trained", String(row.trained)),
                certified: value("certified", String(row.certified)),
                livelihoods: value("livelihoods", String(row.livelihoods)),
                income: value("income", Satang(row.incomeSatang).plainBaht)
            )
        }
        return CyclePages.targets(model, req.pageContext()).response(status: status)
    }
}

/// A target sheet's problems as sentences, each naming its line.
enum TargetSheetText {
    static func message(_ error: TargetSheet.RowError, _ t: Localizer) -> String {
        let text: String =
            switch error.problem {
            case .missingColumn(let column): t(.sheetMissingColumn, column.thaiLabel, column.rawValue)
            case .empty: t(.sheetEmpty)
            case .unknownEstate(let name): t(.sheetUnknownEstate, name)
            case .duplicateEstate(let name): t(.sheetDuplicateEstate, name)
            case .notANumber(let column, let typed): t(.sheetNotANumber, column.thaiLabel, typed)
            case .negative(let column): t(.sheetNegative, column.thaiLabel)
            }
        return error.line > 0 ? t(.sheetLine, String(error.line)) + " " + text : text
    }
}
