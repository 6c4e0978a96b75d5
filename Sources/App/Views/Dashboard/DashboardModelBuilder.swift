import Foundation
import SanfanCore

/// Turns the counted, protected figures into what the dashboard shows: labels in the reader's
/// language, texts ("1,223", "<5", "—"), targets and percentages, charts, the map and the links
/// to the records behind each number. No database: everything arrives counted.
struct DashboardModelBuilder {
    let choice: DashboardController.Choice
    let figures: DashboardFigures
    let labels: DashboardLabels
    let principal: Principal
    let t: Localizer

    var filter: IndicatorQueries.Filter { choice.filter }

    static func text(_ shown: ShownFigure) -> String {
        switch shown.count {
        case .exact(let n): n.grouped
        case .fewerThanFive: "<5"
        case .withheld: "—"
        }
    }

    static func number(_ shown: ShownFigure) -> Double? {
        switch shown.count {
        case .exact(let n): Double(n)
        // Drawn as the smallest bar, never as its true size.
        case .fewerThanFive: 0
        case .withheld: nil
        }
    }

    func value(
        _ shown: ShownFigure,
        _ indicator: Indicator,
        estate: UUID? = nil,
        gender: Gender? = nil,
        age: AgeGroup? = nil
    )
        -> Dashboard.Value
    {
        Dashboard.Value(
            text: Self.text(shown),
            number: Self.number(shown),
            link: shown.exactCount.flatMap { $0 > 0 ? link(indicator, estate: estate, gender: gender, age: age) : nil }
        )
    }

    func label(_ indicator: Indicator) -> String { Self.label(indicator, t) }

    static func label(_ indicator: Indicator, _ t: Localizer) -> String {
        switch indicator {
        case .registered: t(.indicatorRegistered)
        case .completed: t(.indicatorCompleted)
        case .assessed: t(.indicatorAssessed)
        case .certified: t(.indicatorCertified)
        case .referred: t(.indicatorReferred)
        case .loansApproved: t(.indicatorLoansApproved)
        case .financed: t(.indicatorFinanced)
        case .businesses: t(.indicatorBusinesses)
        case .placed: t(.indicatorPlaced)
        case .incomeGain: t(.indicatorIncomeGain)
        }
    }

    /// The records behind a figure, when the lists can show exactly them: one cycle, a reader who
    /// may open the people across the figure's scope, and no filter the lists do not have.
    func link(_ indicator: Indicator, estate: UUID?, gender: Gender?, age: AgeGroup?) -> String? {
        guard figures.exact, choice.cycles.count == 1, let cycle = choice.cycles.first?.id,
            filter.occupation == nil, filter.province == nil
        else { return nil }
        switch figures.scope {
        case .everything, .estates: break
        case .referredTo, .sharedWith, .nothing: return nil
        }
        var query = "cycle=\(cycle.uuidString.lowercased())"
        if let estate = estate ?? filter.estate { query += "&estate=\(estate.uuidString.lowercased())" }
        let gender = gender ?? filter.gender
        let age = age ?? filter.ageGroup
        let stage: String
        switch indicator {
        case .registered: stage = "registered"
        case .completed: stage = "completed"
        case .assessed: stage = "assessed"
        case .certified: stage = "certified"
        case .referred: stage = "referred"
        case .placed: stage = "placed"
        case .incomeGain: stage = "income"
        case .loansApproved, .financed:
            guard gender == nil, age == nil, AccessPolicy.can(principal, .viewLoans) else { return nil }
            return SiteURL.loans.path + "?approved=1&" + query
        case .businesses:
            guard gender == nil, age == nil, AccessPolicy.can(principal, .viewEnterprises) else { return nil }
            return SiteURL.enterprises.path + "?" + query
        }
        guard AccessPolicy.can(principal, .viewPersonalData) else { return nil }
        if let gender { query += "&gender=\(gender.rawValue)" }
        if let age { query += "&age_group=\(age.rawValue)" }
        return SiteURL.participants.path + "?" + query + "&stage=" + stage
    }

    func percent(_ shown: ShownFigure, of target: Int?) -> String? {
        guard let target, target > 0, let actual = shown.exactCount else { return nil }
        return String(format: "%.1f %%", Double(actual) / Double(target) * 100)
    }

    // MARK: - The page

    func page() -> Dashboard.Model {
        var model = Dashboard.Model()
        model.title = t(.dashboardTitle)
        model.query = choice.query
        model.filters = filters()
        model.indicators = indicatorLines()
        model.charts = [funnel(), byEstate(), byOccupation(), byAgeAndGender(), byMonth()].compactMap { $0 }
        model.map = map()
        if !figures.exact { model.notes.append(t(.smallNumbersNote)) }
        switch figures.scope {
        case .estates: model.notes.append(t(.ownEstatesNote))
        case .referredTo, .sharedWith: model.notes.append(t(.partnerFiguresNote))
        case .everything, .nothing: break
        }
        if !filter.keepsTargets { model.notes.append(t(.targetsNotApplicable)) }
        model.canExportRegistry = principal.role == .admin
        model.canExportPipeline = AccessPolicy.can(principal, .viewLoans)
        return model
    }

    func filters() -> Dashboard.Filters {
        var filters = Dashboard.Filters()
        let chosen = Set(choice.cycles.compactMap(\.id))
        let everything = choice.cycles.count == choice.allCycles.count
        filters.cycles = choice.allCycles.compactMap { cycle in
            cycle.id.map {
                .init(
                    value: $0.uuidString.lowercased(),
                    label: t.language == .thai ? cycle.nameTh : cycle.nameEn,
                    selected: !everything && chosen.contains($0)
                )
            }
        }
        let own: Set<UUID>? =
            if case .estates(let ids) = figures.scope { ids } else { nil }
        filters.estates = labels.estates.filter { own?.contains($0.id) ?? ($0.programmeYear != nil) }
            .map { .init(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id == filter.estate) }
        filters.occupations = labels.occupations.map {
            .init(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id == filter.occupation)
        }
        filters.genders = Gender.allCases.map {
            .init(value: $0.rawValue, label: t(RegistryText.gender($0)), selected: $0 == filter.gender)
        }
        filters.ageGroups = AgeGroup.allCases.map {
            .init(value: $0.rawValue, label: t(RegistryText.ageGroup($0)), selected: $0 == filter.ageGroup)
        }
        filters.provinces = ThailandMap.shared.provinces.map {
            .init(
                value: String($0.code),
                label: t.language == .thai ? $0.name_th : $0.name_en,
                selected: $0.code == filter.province
            )
        }
        return filters
    }

    func indicatorLines() -> [Dashboard.IndicatorLine] {
        let targets = figures.targets
        func line(_ indicator: Indicator) -> Dashboard.IndicatorLine {
            let target = targets?.count(for: indicator)
            let shown = figures.headline[indicator] ?? ShownFigure(count: .exact(0))
            return .init(
                label: label(indicator),
                target: target.map(\.grouped),
                actual: value(shown, indicator),
                amount: shown.satang.map { t.money(Satang($0)) },
                percent: percent(shown, of: target),
                detail: nil
            )
        }
        var lines = [
            line(.registered),
            line(.completed),
            line(.assessed),
            line(.certified),
            line(.referred),
            line(.loansApproved),
            line(.financed),
            line(.businesses),
            line(.placed),
        ]
        // Businesses or jobs, against the cycle's livelihood target: known only when both are.
        let businesses = figures.headline[.businesses] ?? ShownFigure(count: .exact(0))
        let placed = figures.headline[.placed] ?? ShownFigure(count: .exact(0))
        let both: ShownFigure =
            if let b = businesses.exactCount, let p = placed.exactCount {
                ShownFigure(count: .exact(b + p))
            } else {
                ShownFigure(count: .withheld)
            }
        lines.append(
            .init(
                label: t(.indicatorLivelihoods),
                target: targets?.livelihoods.grouped,
                actual: .init(text: Self.text(both), number: Self.number(both)),
                amount: nil,
                percent: percent(both, of: targets?.livelihoods),
                detail: nil
            )
        )
        // The income gain is a sum of baht; its target is per community a year.
        let income = figures.headline[.incomeGain] ?? ShownFigure(count: .exact(0))
        let perCommunity = targets?.income ?? TargetSheet.defaultIncome
        let communities = figures.exact ? figures.incomeCommunities.grouped : "—"
        var incomeTarget: String?
        var incomePercent: String?
        if targets != nil, figures.incomeCommunities > 0 {
            let total = perCommunity.value * Int64(figures.incomeCommunities)
            incomeTarget = t.money(Satang(total))
            if let gain = income.satang, total > 0 {
                incomePercent = String(format: "%.1f %%", Double(gain) / Double(total) * 100)
            }
        }
        lines.append(
            .init(
                label: t(.indicatorIncomeGain),
                target: incomeTarget,
                actual: value(income, .incomeGain),
                amount: income.satang.map { t.money(Satang($0)) },
                percent: incomePercent,
                detail: t(.incomeGainDetail, Self.text(income), communities) + " · "
                    + t(.incomeTargetDetail, t.money(perCommunity))
            )
        )
        return lines
    }
}
