extension Phrase {
    /// The duplicate review and merging people (issue 15).
    var duplicateText: (th: String, en: String)? {
        switch self {
        case .navDuplicates: ("ตรวจรายชื่อซ้ำ", "Possible duplicates")
        case .duplicatesTitle: ("รายชื่อที่อาจซ้ำกัน", "People who may be registered twice")
        case .duplicatesIntro:
            (
                "ระบบเทียบทุกคนในทะเบียน: เลขประจำตัวประชาชนเดียวกัน วันเกิดเดียวกันและชื่อคล้ายกัน หรือเบอร์โทรเดียวกันและชื่อคล้ายกัน ตรวจให้แน่ใจก่อนรวม รวมแล้วยกเลิกได้",
                "Everyone registered is compared: the same national ID, the same birth date with a similar name, or the same phone with a similar first name. Check before merging; a merge can be undone."
            )
        case .duplicatesLastScan: ("ตรวจล่าสุด {0}", "Last checked {0}")
        case .duplicatesNeverScanned: ("ยังไม่เคยตรวจ หรือไม่พบรายชื่อซ้ำ", "Not checked yet, or nothing found")
        case .duplicatesScan: ("ตรวจหารายชื่อซ้ำอีกครั้ง", "Check again")
        case .duplicatesScanned: ("ตรวจแล้ว พบคู่ที่อาจซ้ำ {0} คู่", "Checked: {0} possible pairs")
        case .duplicatesNone: ("ไม่พบรายชื่อที่อาจซ้ำในขอบเขตของท่าน", "No possible duplicates within your estates")
        case .duplicateReason: ("เหตุที่แสดง", "Why shown")
        case .duplicatePersonA: ("คนที่ 1", "First record")
        case .duplicatePersonB: ("คนที่ 2", "Second record")
        case .duplicateCompare: ("เปรียบเทียบ", "Compare")
        case .reasonSameNationalID: ("เลขประจำตัวประชาชนเดียวกัน", "Same national ID")
        case .reasonBirthDateAndName: ("วันเกิดเดียวกัน ชื่อคล้ายกัน", "Same birth date, similar name")
        case .reasonPhoneAndName: ("เบอร์โทรเดียวกัน ชื่อคล้ายกัน", "Same phone, similar first name")
        case .ruleSameSortKey: ("สะกดเหมือนกัน", "spelt the same")
        case .ruleIgnoringToneMarks: ("ต่างกันแค่วรรณยุกต์", "differ only in tone marks")
        case .ruleSoundsAlike: ("ออกเสียงเหมือนกัน (เช่น ศ/ษ/ส, ณ/น, การันต์)", "sound alike (ศ/ษ/ส, ณ/น, a silent letter)")
        case .duplicateCompareTitle: ("เปรียบเทียบ {0} กับ {1}", "{0} and {1} side by side")
        case .duplicateRecords: ("ข้อมูลที่ผูกอยู่", "Linked records")
        case .duplicateRegistered: ("ลงทะเบียนเมื่อ", "Registered")
        case .duplicateNothingLinked: ("ยังไม่มีข้อมูลใดผูกอยู่", "Nothing linked yet")
        case .duplicateHasID: ("มีเลขประจำตัวประชาชน", "Has a national ID")
        case .duplicateNoID: ("ไม่มีเลขประจำตัวประชาชน", "No national ID")
        case .duplicateKeep: ("เก็บคนนี้ไว้ และรวมอีกคนเข้ามา", "Keep this one and merge the other into it")
        case .duplicateMergeHint:
            (
                "การรวมจะย้ายการสมัครอบรม การเข้าเรียน ความยินยอม ผลประเมิน ใบรับรอง การส่งต่อ สินเชื่อ วิสาหกิจ การจ้างงาน และการติดตามรายได้ ไปไว้ที่คนที่เก็บไว้ ข้อมูลที่คนที่เก็บไว้ยังไม่มี (เลขประจำตัว เบอร์โทร ชื่ออังกฤษ) จะเติมจากอีกคน ยกเลิกการรวมได้ภายหลัง",
                "Merging moves enrolments, attendance, consents, assessments, certificates, referrals, loans, enterprises, jobs and income follow-ups to the record kept. What the kept record lacks (national ID, phone, English name) is taken from the other. A merge can be undone."
            )
        case .duplicateDismiss: ("ไม่ใช่คนเดียวกัน", "Not the same person")
        case .duplicateDismissed:
            ("บันทึกแล้วว่าเป็นคนละคน จะไม่แสดงคู่นี้อีก", "Noted as two people; the pair will not be shown again")
        case .duplicateMerged: ("รวมแล้ว: {0} ถูกรวมเข้ากับ {1}", "Merged: {0} into {1}")
        case .duplicateConflicts:
            (
                "รวมไม่ได้: ทั้งสองคนมีข้อมูลของสิ่งเดียวกัน ({0}) ลบรายการหนึ่งออกก่อน แล้วจึงรวม",
                "Cannot merge: both have a record of the same thing ({0}). Remove one first, then merge."
            )
        case .duplicateGone:
            ("คู่นี้ไม่อยู่แล้ว (อาจรวมหรือยกเลิกไปแล้ว)", "This pair is no longer there (merged or dismissed meanwhile)")
        case .mergesRecent: ("การรวมล่าสุด", "Recent merges")
        case .mergeLine: ("{0} ← รวมจาก {1}", "{0} ← merged from {1}")
        case .mergeUndo: ("ยกเลิกการรวม", "Undo the merge")
        case .mergeUndone: ("ยกเลิกการรวมแล้ว ข้อมูลกลับเป็นเหมือนก่อนรวม", "Merge undone: both records are as they were")
        case .mergeUndoneAt: ("ยกเลิกแล้ว {0}", "Undone {0}")
        case .mergeCannotUndo:
            (
                "ยกเลิกการรวมนี้ไม่ได้: ข้อมูลที่ย้ายมามีการเปลี่ยนแปลงหลังการรวม หรือรวมต่อไปแล้ว",
                "This merge cannot be undone: records it moved have changed since, or the person was merged again"
            )
        case .tableEnrolments: ("การสมัครอบรม", "enrolments")
        case .tableConsents: ("ความยินยอม", "consents")
        case .tableRoundCandidates: ("การเข้าประเมิน", "assessments")
        case .tableCertificates: ("ใบรับรอง", "certificates")
        case .tableReferrals: ("การส่งต่อธนาคาร", "bank referrals")
        case .tableLoans: ("สินเชื่อ", "loans")
        case .tableEnterpriseMembers: ("สมาชิกวิสาหกิจ", "enterprise memberships")
        case .tableMentoring: ("การให้คำปรึกษา", "mentoring")
        case .tablePlacements: ("การจ้างงาน", "jobs")
        case .tableFollowUps: ("การติดตามรายได้", "income follow-ups")
        case .tableBaselines: ("รายได้ก่อนเข้าโครงการ", "income baseline")
        case .tableShares: ("การเปิดเผยแก่หน่วยงาน", "shares with partners")
        case .resultsUploadTitle: ("บันทึกผลจากแฟ้ม", "Results from a sheet")
        case .resultsSheetHint:
            (
                "ดาวน์โหลดแฟ้มของรอบนี้ (มีรหัสผู้เข้าประเมินทุกคน) กรอกผลแต่ละหน่วย: ผ่าน / ยังไม่ผ่าน / ขาด แล้วอัปโหลดกลับ ระบบบันทึกทั้งแฟ้มหรือไม่บันทึกเลย",
                "Download this round's sheet (it has every person's candidate code), fill each unit with Pass / Not yet / Absent, and upload it. The whole sheet is saved, or nothing."
            )
        case .resultsSheetDownload: ("ดาวน์โหลดแฟ้มผลของรอบนี้ (.csv)", "Download this round's results sheet (.csv)")
        case .resultsSheetUpload: ("อัปโหลดแฟ้มผล", "Upload the results sheet")
        case .resultsSheetSaved: ("บันทึกผลจากแฟ้มแล้ว {0} คน", "Results saved from the sheet for {0} people")
        case .resultsSheetRefused: ("ไม่ได้บันทึกผลใด ๆ จากแฟ้ม:", "Nothing was saved from the sheet:")
        case .resultsSheetNoCandidateColumn: ("ไม่พบคอลัมน์ \"{0}\"", "No column headed \"{0}\"")
        case .resultsSheetNoUnits:
            (
                "ไม่พบคอลัมน์ของหน่วยสมรรถนะใด (หัวคอลัมน์ต้องขึ้นต้นด้วยรหัสหน่วย)",
                "No unit columns (a header must begin with the unit's code)"
            )
        case .resultsSheetUnknownCandidate: ("ไม่มีผู้เข้าประเมินรหัสนี้ในรอบนี้", "No candidate of this round has this code")
        case .resultsSheetUnreadable:
            (
                "อ่านผล \"{0}\" ไม่ได้ (ใช้ ผ่าน / ยังไม่ผ่าน / ขาด)",
                "Cannot read the result \"{0}\" (use Pass / Not yet / Absent)"
            )
        default: nil
        }
    }
}
