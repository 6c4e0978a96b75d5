extension Phrase {
    /// The dashboard, its charts and map, exports and the annual report.
    var dashboardText: (th: String, en: String)? {
        switch self {
        case .navDashboard: ("แดชบอร์ด", "Dashboard")
        case .dashboardTitle: ("ภาพรวมโครงการ", "Programme at a glance")
        case .dashboardIntro:
            (
                "เป้าหมายเทียบผลจริงของรอบที่เลือก ตัวเลขแต่ละตัวเปิดดูรายชื่อเบื้องหลังได้ตามสิทธิ์ของท่าน",
                "Target against actual for the chosen cycles; each number opens the records behind it, within your access."
            )
        case .cyclesChosen: ("รอบโครงการ", "Cycles")
        case .allOccupations: ("ทุกอาชีพ", "All occupations")
        case .allProvinces: ("ทุกจังหวัด", "All provinces")
        case .indicator: ("ตัวชี้วัด", "Indicator")
        case .target: ("เป้าหมาย", "Target")
        case .actual: ("ผลจริง", "Actual")
        case .amountBaht: ("จำนวนเงิน", "Amount")
        case .indicatorRegistered: ("ลงทะเบียน", "Registered")
        case .indicatorCompleted: ("ผ่านการอบรม", "Trained (completed)")
        case .indicatorAssessed: ("เข้ารับการประเมิน", "Assessed")
        case .indicatorCertified: ("ได้รับหนังสือรับรอง", "Certified")
        case .indicatorReferred: ("ส่งต่อธนาคาร", "Referred to banks")
        case .indicatorLoansApproved: ("สินเชื่อที่อนุมัติ", "Loans approved")
        case .indicatorFinanced: ("ได้รับสินเชื่อ (คน)", "Financed (people)")
        case .indicatorBusinesses: ("กิจการที่เกิดขึ้น", "Businesses created")
        case .indicatorPlaced: ("ได้งานทำ", "Placed in jobs")
        case .indicatorIncomeGain: ("รายได้ที่เพิ่มขึ้นต่อปี", "Income gain a year")
        case .indicatorLivelihoods: ("กิจการหรือการจ้างงาน", "Businesses or jobs")
        case .incomeGainDetail:
            ("วัดได้ {0} คน ใน {1} ชุมชน", "{0} people measured in {1} communities")
        case .incomeTargetDetail:
            ("เป้าหมาย {0} ต่อชุมชนต่อปี", "Target {0} per community a year")
        case .smallNumbersNote:
            (
                "ตัวเลข 1–4 คนแสดงเป็น <5 และบางช่องแสดงเป็น — เพื่อไม่ให้คำนวณย้อนกลับหาตัวบุคคลได้",
                "Counts of 1 to 4 people are shown as <5, and some other cells as —, so that no one can be worked out."
            )
        case .partnerFiguresNote:
            (
                "นับเฉพาะผู้ที่ยินยอมให้ข้อมูลกับหน่วยงานของท่าน (ธนาคาร: ผู้ที่ถูกส่งต่อมาและสินเชื่อของท่านเท่านั้น)",
                "Counting only people who share with your organisation (for a bank: people referred to it, and its own loans)."
            )
        case .targetsNotApplicable:
            (
                "เป้าหมายตั้งไว้รายนิคม จึงไม่แสดงเมื่อกรองตามอาชีพ เพศ กลุ่มอายุ หรือจังหวัด",
                "Targets are set per estate, so they are not shown when filtering by occupation, gender, age group or province."
            )
        case .chartFunnel: ("เส้นทางของผู้เข้าร่วม", "From registration to a livelihood")
        case .chartByEstate: ("ผู้ผ่านการอบรมเทียบเป้าหมาย รายนิคม", "Trained against target, by estate")
        case .chartByOccupation: ("ผู้ผ่านการอบรมและได้รับหนังสือรับรอง รายอาชีพ", "Trained and certified, by occupation")
        case .chartByAgeGender: ("ผู้ผ่านการอบรม ตามกลุ่มอายุและเพศ", "Trained, by age group and gender")
        case .chartByMonth: ("แนวโน้มรายเดือน", "Month by month")
        case .funnelSummary:
            (
                "ลงทะเบียน {0} คน ผ่านการอบรม {1} คน ได้รับหนังสือรับรอง {2} คน ได้รับสินเชื่อ {3} คน ได้งานทำ {4} คน",
                "{0} registered, {1} trained, {2} certified, {3} financed, {4} placed in jobs."
            )
        case .estateSummary:
            (
                "นิคมที่มีผู้ผ่านการอบรมมากที่สุดคือ {0} ({1} คน) รวมทุกนิคม {2} คน จากเป้าหมาย {3} คน",
                "Most trained at {0} ({1}); {2} in all against a target of {3}."
            )
        case .occupationSummary:
            (
                "อาชีพที่มีผู้ผ่านการอบรมมากที่สุดคือ {0} ({1} คน ได้รับหนังสือรับรอง {2} คน)",
                "Most trained in {0} ({1} trained, {2} certified)."
            )
        case .ageGenderSummary:
            ("ผู้ผ่านการอบรมส่วนใหญ่อยู่ในกลุ่ม{0} ({1} คน)", "The largest group trained is {0} ({1}).")
        case .monthSummary:
            ("เดือนที่มีผู้ผ่านการอบรมมากที่สุดคือ {0} ({1} คน)", "Most people completed training in {0} ({1}).")
        case .noFigures: ("ยังไม่มีข้อมูลสำหรับตัวกรองนี้", "No figures yet for this choice.")
        case .month: ("เดือน", "Month")
        case .mapTitle: ("แผนที่ตามจังหวัดที่อยู่ของผู้เข้าร่วม", "Map by the participants' home province")
        case .mapIndicator: ("ตัวชี้วัดบนแผนที่", "Shown on the map")
        case .mapHint:
            (
                "สีเข้มคือจำนวนมาก จุดคือนิคมอุตสาหกรรม เลือกจังหวัดเพื่อกรองแดชบอร์ด",
                "Darker means more; dots are industrial estates. Choose a province to filter the dashboard."
            )
        case .mapSummary:
            ("จังหวัดที่มีจำนวนมากที่สุดคือ {0} ({1})", "The most are in {0} ({1}).")
        case .estatesOnMap: ("นิคมอุตสาหกรรม", "Industrial estates")
        case .dataTable: ("ตารางข้อมูล", "Data table")
        case .downloadXLSX: ("ดาวน์โหลด Excel (.xlsx)", "Download Excel (.xlsx)")
        case .downloadCSV: ("ดาวน์โหลด CSV", "Download CSV")
        case .annualReport: ("รายงานประจำปี", "Annual report")
        case .annualReportTitle: ("รายงานผลการดำเนินโครงการ {0}", "Programme report, {0}")
        case .reportPrint: ("พิมพ์หรือบันทึกเป็น PDF", "Print or save as PDF")
        case .reportSummary: ("สรุปเป้าหมายและผลการดำเนินงาน", "Targets and results")
        case .reportPartners: ("หน่วยงานภาคี", "Partners")
        case .reportDefinitions: ("นิยามและหมายเหตุ", "Definitions and notes")
        case .reportPreparedOn: ("จัดทำเมื่อ {0}", "Prepared on {0}")
        case .reportCoverLine:
            (
                "โครงการสานฝัน ปั้นอาชีพ พัฒนาศักยภาพชุมชนรอบนิคมอุตสาหกรรม การนิคมอุตสาหกรรมแห่งประเทศไทย",
                "Sanfan: career building for the communities around Thailand's industrial estates, Industrial Estate Authority of Thailand"
            )
        case .definitionPeople:
            (
                "นับเป็นคน คนที่อบรมสองหลักสูตรนับหนึ่งครั้งในยอดรวม แต่นับในแต่ละนิคมหรืออาชีพที่อบรม ยอดรายนิคมและรายอาชีพจึงอาจรวมได้มากกว่ายอดรวม",
                "People are counted once in a total, but once under each estate or occupation they trained in, so those columns may sum to more than the total."
            )
        case .definitionCohort:
            (
                "ส่งต่อธนาคาร สินเชื่อ ได้งานทำ และรายได้ นับเฉพาะผู้ผ่านการอบรมของรอบ ตามนิคมและอาชีพของหลักสูตร",
                "Referrals, loans, jobs and income count people who completed a course of the cycle, under the course's estate and occupation."
            )
        case .definitionIncome:
            (
                "รายได้ที่เพิ่มขึ้น = (รายได้ต่อเดือนล่าสุดจากการติดตามที่ติดต่อได้ − รายได้ก่อนเข้าโครงการ) × 12 อาจติดลบได้ ไม่นับผู้ที่ติดต่อไม่ได้หรือไม่มีรายได้ตั้งต้น",
                "Income gain = (latest monthly income at a follow-up where the person was reached − baseline) × 12; it may be negative. People never reached, or with no baseline, are not counted."
            )
        case .definitionAge:
            (
                "กลุ่มอายุคิดจากอายุ ณ วันที่ 1 ตุลาคม ต้นปีงบประมาณของรอบ",
                "Age groups are worked out at 1 October, the start of the cycle's fiscal year."
            )
        case .definitionBusiness:
            (
                "กิจการนับเมื่อเริ่มในปีงบประมาณของรอบ ที่นิคมของรอบ และมีสมาชิกที่ผ่านการอบรม นับตามเพศและอายุของสมาชิกคนแรกที่ผ่านการอบรม",
                "A business counts when it started in the cycle's fiscal year at one of its estates with a member who completed training; by gender and age it counts under that first such member."
            )
        case .exportTruncated: ("ส่งออกแล้ว {0} แถว", "{0} rows exported")
        case .registryExport: ("ส่งออกทะเบียนผู้เข้าร่วม", "Export the registry")
        case .pipelineExport: ("ส่งออกรายการสินเชื่อ", "Export the loan pipeline")
        case .sheetIndicators: ("ตัวชี้วัด", "Indicators")
        case .percentShort: ("ร้อยละ", "%")
        case .unknownGroup: ("ไม่ระบุ", "Not given")
        case .outsideBands: ("อายุต่ำกว่าเกณฑ์", "Below the age bands")
        default: nil
        }
    }
}
