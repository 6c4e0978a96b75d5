extension Phrase {
    /// The programme: cycles, targets, courses, enrolment and attendance.
    var programmeText: (th: String, en: String)? {
        switch self {
        case .navCourses: ("หลักสูตรอบรม", "Courses")
        case .navCycles: ("รอบโครงการและเป้าหมาย", "Cycles and targets")
        case .fiscalYearLabel: ("ปีงบประมาณ", "Fiscal year")
        case .fiscalYearHint:
            ("ปี พ.ศ. เช่น 2563 (1 ต.ค. 2562 – 30 ก.ย. 2563)", "Buddhist-Era year, e.g. 2563 (1 Oct 2019 – 30 Sep 2020)")
        case .fiscalYearRange: ("1 ต.ค. {0} – 30 ก.ย. {1}", "1 Oct {0} – 30 Sep {1}")
        case .cyclesTitle: ("รอบโครงการ", "Programme cycles")
        case .newCycle: ("เพิ่มรอบโครงการ", "New cycle")
        case .cycleName: ("ชื่อรอบ", "Cycle name")
        case .cycle: ("รอบโครงการ", "Cycle")
        case .allCycles: ("ทุกรอบ", "All cycles")
        case .cyclePlanning: ("วางแผน", "Planning")
        case .cycleRunning: ("ดำเนินการ", "Running")
        case .cycleClosedStatus: ("ปิดรอบแล้ว", "Closed")
        case .cycleStatusHint: ("รอบที่ปิดแล้วแก้ไขได้เฉพาะผู้ดูแลระบบ", "Only admins can change a closed cycle")
        case .cycleClosed: ("รอบโครงการนี้ปิดแล้ว แก้ไขได้เฉพาะผู้ดูแลระบบ", "This cycle is closed; only admins can change it.")
        case .cycleExists: ("มีรอบของปีงบประมาณนี้แล้ว", "There is already a cycle for this fiscal year.")
        case .cycleSaved: ("บันทึกรอบโครงการแล้ว", "Cycle saved.")
        case .cycleEstates: ("นิคมที่ร่วมโครงการในรอบนี้", "Estates taking part in this cycle")
        case .cycleEstatesHint:
            ("ปีที่นิคมเข้าร่วมโครงการอยู่ในวงเล็บ", "The year each estate joined the programme is in brackets")
        case .estateHasCourses:
            ("นำนิคมที่มีหลักสูตรในรอบนี้ออกไม่ได้", "An estate with courses in this cycle cannot be taken out.")
        case .estateNotInCycle: ("นิคมนี้ไม่ได้ร่วมโครงการในรอบที่เลือก", "This estate is not taking part in the chosen cycle.")
        case .ageBands: ("ช่วงอายุของรอบนี้", "This cycle's age bands")
        case .ageBandsHint:
            (
                "อายุต่ำสุด, เริ่มวัยใกล้เกษียณ, เริ่มผู้สูงอายุ เช่น 15,50,60 (เว้นว่างเพื่อใช้ค่าของโครงการ)",
                "Youngest age, start of near-retirement, start of elderly, e.g. 15,50,60 (empty uses the programme's)"
            )
        case .ageBandsInvalid:
            ("ต้องเป็นอายุสามค่าเรียงจากน้อยไปมาก เช่น 15,50,60", "Expected three increasing ages such as 15,50,60.")
        case .targetVersusActual: ("เป้าหมายเทียบผลการดำเนินงาน", "Target against actual")
        case .progressHint:
            (
                "ลงทะเบียน = ลงทะเบียนในปีงบประมาณนี้ · เข้าอบรม = มีที่นั่งในหลักสูตรของรอบนี้ · ผ่านการอบรม = เข้าเรียนครบตามเกณฑ์ · ร้อยละ = ผ่านการอบรมเทียบเป้าหมาย",
                "Registered = registered in this fiscal year · Enrolled = holds a seat in a course of this cycle · Completed = attended enough · % = completed against the target"
            )
        case .noEstatesInCycle: ("ยังไม่มีนิคมในรอบนี้", "No estates in this cycle yet.")
        case .targetTrained: ("เป้าหมายผู้ผ่านการอบรม", "Target trained")
        case .targetCertified: ("เป้าหมายผู้ได้รับใบรับรอง", "Target certified")
        case .targetLivelihoods: ("เป้าหมายธุรกิจหรือการจ้างงาน", "Target businesses or jobs")
        case .targetIncome: ("เป้าหมายรายได้ต่อชุมชนต่อปี", "Target income per community per year")
        case .targetIncomeBaht: ("รายได้ต่อชุมชนต่อปี (บาท)", "Income per community per year (baht)")
        case .actualRegistered: ("ลงทะเบียน", "Registered")
        case .actualEnrolled: ("เข้าอบรม", "Enrolled")
        case .actualCompleted: ("ผ่านการอบรม", "Completed")
        case .percentAchieved: ("ร้อยละของเป้าหมาย", "% of target")
        case .total: ("รวม", "Total")
        case .editTargets: ("แก้ไขเป้าหมาย", "Edit targets")
        case .targetsTitle: ("เป้าหมาย", "Targets")
        case .targetsSaved: ("บันทึกเป้าหมายแล้ว", "Targets saved.")
        case .targetsImported: ("นำเข้าเป้าหมาย {0} นิคมแล้ว", "Targets imported for {0} estates.")
        case .importTargets: ("นำเข้าจากแฟ้ม Excel (XLSX) หรือ CSV", "Import from an Excel (XLSX) or CSV file")
        case .importTargetsHint:
            (
                "ใช้คอลัมน์เดียวกับแฟ้มตัวอย่าง ในแผ่นงานแรกของแฟ้ม Excel (.xlsx) หรือแฟ้ม CSV แบบ UTF-8 หรือ CSV ธรรมดา (ภาษาไทย Windows-874) ก็ได้ ตัวเลขไทยใช้ได้ หากมีแถวผิดจะไม่บันทึกเลยสักแถว",
                "Use the template's columns, in the first worksheet of an Excel (.xlsx) file, or in a CSV saved as UTF-8 or as plain CSV (Thai Windows-874). Thai digits work. If any row is wrong, no row is saved."
            )
        case .downloadTargetSheet: ("ดาวน์โหลดแฟ้มเป้าหมาย (CSV)", "Download the targets sheet (CSV)")
        case .targetSheetFile: ("แฟ้มเป้าหมาย", "Targets file")
        case .importButton: ("นำเข้า", "Import")
        case .sheetMissing: ("กรุณาเลือกแฟ้ม", "Choose a file.")
        case .sheetRefused: ("ไม่ได้นำเข้า เนื่องจาก:", "Nothing was imported, because:")
        case .sheetEncodingUnknown:
            (
                "อ่านแฟ้มไม่ได้: ไม่ใช่ UTF-8 หรือ Windows-874 (ไบต์ที่ {0}) ให้บันทึกใหม่เป็น CSV UTF-8",
                "The file is not UTF-8 or Windows-874 (byte {0}). Save it again as CSV UTF-8."
            )
        case .sheetLine: ("แถวที่ {0}:", "Row {0}:")
        case .sheetMissingColumn: ("ไม่มีคอลัมน์ \"{0}\" ({1})", "The column \"{0}\" ({1}) is missing.")
        case .sheetEmpty: ("แฟ้มไม่มีข้อมูล", "The file has no rows.")
        case .sheetUnknownEstate: ("ไม่รู้จักนิคม \"{0}\"", "Unknown estate \"{0}\".")
        case .sheetDuplicateEstate: ("นิคม \"{0}\" ซ้ำกับแถวก่อนหน้า", "The estate \"{0}\" appears twice.")
        case .sheetNotANumber: ("\"{0}\" ต้องเป็นตัวเลข ไม่ใช่ \"{1}\"", "\"{0}\" must be a number, not \"{1}\".")
        case .sheetNegative: ("\"{0}\" ติดลบไม่ได้", "\"{0}\" cannot be negative.")
        case .coursesTitle: ("หลักสูตรอบรม", "Courses")
        case .newCourse: ("เพิ่มหลักสูตร", "New course")
        case .course: ("หลักสูตร", "Course")
        case .courseTitle: ("ชื่อหลักสูตร", "Course title")
        case .courseTitleHint: ("เว้นว่างเพื่อใช้ชื่ออาชีพ", "Leave empty to use the occupation's name")
        case .occupation: ("อาชีพ", "Occupation")
        case .provider: ("หน่วยฝึกอบรม", "Training provider")
        case .noProvider: ("ไม่ระบุ", "None")
        case .venue: ("สถานที่", "Venue")
        case .firstDay: ("วันเริ่ม", "First day")
        case .lastDay: ("วันสุดท้าย", "Last day")
        case .courseDays: ("ช่วงวันอบรม", "Dates")
        case .courseHours: ("ชั่วโมง", "Hours")
        case .hoursValue: ("{0} ชั่วโมง", "{0} hours")
        case .capacity: ("จำนวนที่รับ", "Capacity")
        case .seats: ("ที่นั่ง", "Seats")
        case .minimumAttendance: ("เกณฑ์เวลาเรียนขั้นต่ำ (%)", "Minimum attendance (%)")
        case .minimumAttendanceHint:
            ("ร้อยละของชั่วโมงที่ต้องเข้าเรียนจึงผ่าน ปกติ 80", "Percent of hours a person must attend to complete; usually 80")
        case .coursePlanned: ("วางแผน", "Planned")
        case .courseOpen: ("เปิดรับสมัคร", "Open")
        case .courseRunning: ("กำลังอบรม", "Running")
        case .courseFinished: ("จบแล้ว", "Finished")
        case .courseCancelled: ("ยกเลิก", "Cancelled")
        case .courseSaved: ("บันทึกหลักสูตรแล้ว", "Course saved.")
        case .courseNotOpen: ("หลักสูตรนี้ไม่เปิดรับผู้เข้าอบรมแล้ว", "This course no longer takes enrolments.")
        case .dayOutsideCycle: ("ต้องอยู่ในปีงบประมาณ {0}", "Must fall within fiscal year {0} BE.")
        case .dayOutsideCourse: ("วันนี้อยู่นอกช่วงวันอบรมของหลักสูตร", "This date is outside the course's dates.")
        case .lastDayBeforeFirst: ("วันสุดท้ายต้องไม่ก่อนวันเริ่ม", "The last day cannot be before the first.")
        case .sessionsOutsideDays: ("มีวันอบรมที่อยู่นอกช่วงวันใหม่", "Some sessions fall outside the new dates.")
        case .numberBetween: ("ต้องเป็นตัวเลข {0}–{1}", "Must be a number from {0} to {1}.")
        case .capacityBelowEnrolled: ("มีผู้เข้าอบรมมากกว่าจำนวนที่รับใหม่", "More people hold seats than the new capacity.")
        case .sessions: ("วันอบรม", "Sessions")
        case .plannedHours: ("(รวม {0} ชั่วโมง)", "({0} hours in all)")
        case .noSessions: ("ยังไม่มีวันอบรม", "No sessions yet.")
        case .sessionDay: ("วันที่", "Date")
        case .sessionTopic: ("หัวข้อ", "Topic")
        case .startsAt: ("เวลาเริ่ม", "Starts")
        case .endsAt: ("เวลาเลิก", "Ends")
        case .sessionHoursHint:
            (
                "เว้นว่างเพื่อคำนวณจากเวลา (หักพักกลางวัน 1 ชั่วโมงถ้าเกิน 5 ชั่วโมง)",
                "Leave empty to count from the times (an hour's lunch comes off over five hours)"
            )
        case .addSession: ("เพิ่มวันอบรม", "Add a session")
        case .sessionAdded: ("เพิ่มวันอบรมแล้ว", "Session added.")
        case .invalidTime: ("เวลาไม่ถูกต้อง เช่น 09:00", "Not a time, e.g. 09:00.")
        case .endsBeforeStart: ("เวลาเลิกต้องหลังเวลาเริ่ม", "The end must be after the start.")
        case .attendance: ("การเข้าเรียน", "Attendance")
        case .takeRegister: ("เช็กชื่อ", "Take the register")
        case .printSignInSheet: ("พิมพ์ใบลงชื่อ", "Print the sign-in sheet")
        case .keyInSheet: ("บันทึกจากใบลงชื่อ", "Key in a signed sheet")
        case .markedCount: ("บันทึกแล้ว {0} คน", "{0} marked")
        case .enrolPeople: ("เพิ่มผู้เข้าอบรม", "Enrol people")
        case .seatsLeft:
            ("เหลือที่นั่ง {0} ที่ ผู้ที่เกินจะอยู่ในรายชื่อสำรอง", "{0} seats left; anyone beyond goes on the waiting list.")
        case .tickPeople: ("เลือกผู้เข้าอบรม", "Choose people")
        case .bornOn: ("เกิด {0}", "born {0}")
        case .alreadyInCourse: ("อยู่ในหลักสูตรแล้ว", "already in the course")
        case .enrolTicked: ("เพิ่มผู้ที่เลือก", "Enrol the people ticked")
        case .peopleEnrolled: ("เพิ่มผู้เข้าอบรม {0} คนแล้ว", "{0} people enrolled.")
        case .peopleEnrolledWaiting:
            ("เพิ่มผู้เข้าอบรม {0} คน และรายชื่อสำรอง {1} คน", "{0} people enrolled and {1} on the waiting list.")
        case .nobodyChosen: ("ยังไม่ได้เลือกใคร", "Nobody was chosen.")
        case .alreadyEnrolled: ("อยู่ในหลักสูตรนี้แล้ว: {0}", "Already in this course: {0}")
        case .personNotInEstate: ("ไม่ใช่ผู้ลงทะเบียนของนิคมที่จัดอบรม: {0}", "Not registered at the course's estate: {0}")
        case .notEnrolled: ("ผู้นี้ไม่ได้อยู่ในหลักสูตร", "This person is not enrolled in the course.")
        case .peopleInCourse: ("ผู้เข้าอบรม", "People in the course")
        case .nobodyEnrolled: ("ยังไม่มีผู้เข้าอบรม", "Nobody enrolled yet.")
        case .attended: ("เข้าเรียน", "Attended")
        case .completion: ("ผลการอบรม", "Completion")
        case .completeByAttendance: ("ผ่าน (ตามเวลาเรียน)", "Complete (by attendance)")
        case .notYetComplete: ("ยังไม่ผ่าน", "Not yet complete")
        case .completeByOverride: ("ผ่าน (เจ้าหน้าที่ปรับ)", "Complete (officer's decision)")
        case .incompleteByOverride: ("ไม่ผ่าน (เจ้าหน้าที่ปรับ)", "Not complete (officer's decision)")
        case .useAttendance: ("ตามเวลาเรียน", "By attendance")
        case .changeCompletion: ("ปรับผลการอบรม", "Change completion")
        case .completionSaved: ("บันทึกผลการอบรมแล้ว", "Completion saved.")
        case .dropOut: ("ออกจากการอบรม", "Drop out")
        case .personDropped: ("บันทึกการออกจากการอบรมแล้ว", "Marked as dropped out.")
        case .reason: ("เหตุผล", "Reason")
        case .reasonRequired: ("กรุณาระบุเหตุผล", "Give a reason.")
        case .enrolmentWaiting: ("รายชื่อสำรอง", "Waiting list")
        case .enrolmentEnrolled: ("กำลังอบรม", "Enrolled")
        case .enrolmentCompleted: ("ผ่านการอบรม", "Completed")
        case .enrolmentDropped: ("ออกกลางคัน", "Dropped out")
        case .waitingCount: ("(สำรอง {0})", "({0} waiting)")
        case .markPresent: ("มา", "Present")
        case .markLate: ("สาย", "Late")
        case .markExcused: ("ลา", "Excused")
        case .markAbsent: ("ขาด", "Absent")
        case .markEveryoneElse: ("ผู้ที่ยังไม่ได้เลือก:", "Everyone not marked:")
        case .leaveUnmarked: ("คงไว้", "leave as is")
        case .saveAttendance: ("บันทึกการเข้าเรียน", "Save attendance")
        case .attendanceSaved: ("บันทึกการเข้าเรียน {0} คนแล้ว", "Attendance saved for {0} people.")
        case .signInSheetTitle: ("ใบลงชื่อเข้าอบรม", "Sign-in sheet")
        case .number: ("ลำดับ", "No.")
        case .signature: ("ลายมือชื่อ", "Signature")
        case .arrivalTime: ("เวลามา", "Time in")
        case .trainerSignature:
            (
                "ลงชื่อ ........................................ วิทยากร",
                "Trainer's signature ........................................"
            )
        case .sheetCount: ("จำนวน {0} คน", "{0} people")
        case .stageRegisteredNote: ("แสดงเฉพาะผู้ลงทะเบียนใน{0}", "Showing people registered in {0}")
        case .stageEnrolledNote:
            ("แสดงเฉพาะผู้เข้าอบรมในรอบ{0}", "Showing people enrolled in courses of {0}")
        case .stageCompletedNote:
            ("แสดงเฉพาะผู้ผ่านการอบรมในรอบ{0}", "Showing people who completed a course in {0}")
        default: nil
        }
    }
}
