import Plot

extension ConsentPrintout {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        func blank(_ value: String) -> Node<HTML.BodyContext> {
            value.isEmpty ? .span(.class("blank"), .text(" ")) : .strong(.class("keep"), .plain(value))
        }
        return HTML(
            .attribute(named: "lang", value: "th"),
            Layout.printHead(t(.consentFormTitle)),
            .body(
                .class("printout"),
                .div(
                    .class("no-print actions"),
                    .a(.class("button secondary"), .href(model.backPath), .text(t(.back))),
                    .span(.text(t(.printHint)))
                ),
                .element(
                    named: "article",
                    nodes: [
                        .h1(.text("หนังสือให้ความยินยอมในการเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคล")),
                        .p(.class("center"), .text("โครงการสานฝัน ปั้นอาชีพ · การนิคมอุตสาหกรรมแห่งประเทศไทย (กนอ.)")),
                        .p(.text("ข้าพเจ้า "), blank(model.name), .text(" เลขประจำตัวประชาชน "), blank(model.nationalID)),
                        .p(.text("ผู้เข้าร่วมโครงการในพื้นที่ "), blank(model.estate)),
                        .p(
                            .text(
                                "ได้รับทราบวัตถุประสงค์ของการเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 แล้ว และขอแสดงความประสงค์แยกตามแต่ละวัตถุประสงค์ ดังนี้"
                            )
                        ),
                        .table(
                            .class("consent-items"),
                            .thead(.tr(.th(.text("วัตถุประสงค์")), .th(.text("ยินยอม")), .th(.text("ไม่ยินยอม")))),
                            .tbody(
                                .forEach(model.items) { item in
                                    .tr(
                                        .td(.plain(item)),
                                        .td(.class("box"), .text("☐")),
                                        .td(.class("box"), .text("☐"))
                                    )
                                }
                            )
                        ),
                        .p(
                            .text(
                                "ข้าพเจ้าทราบว่าสามารถถอนความยินยอมเมื่อใดก็ได้ โดยแจ้งเจ้าหน้าที่นิคมอุตสาหกรรม และการถอนความยินยอมมีผลทันที ทั้งนี้ไม่กระทบต่อการประมวลผลที่ได้ดำเนินการไปแล้วก่อนการถอนความยินยอม ข้าพเจ้ามีสิทธิขอเข้าถึง ขอรับสำเนา ขอแก้ไข ขอลบ และคัดค้านการประมวลผลข้อมูลส่วนบุคคลของตน"
                            )
                        ),
                        // The closing paragraph, the signatures and the date stay on one page together,
                        // and the person's printed name sits under their signature line.
                        .div(
                            .class("closing"),
                            .div(
                                .class("signatures"),
                                .div(
                                    .class("signature"),
                                    .p(.text("ลงชื่อ ..................................................")),
                                    .p(
                                        model.name.isEmpty
                                            ? .span(
                                                .class("keep"),
                                                .text("( ........................................ )")
                                            )
                                            : .span(.class("keep"), .plain("( \(model.name) )"))
                                    ),
                                    .p(.text("ผู้ให้ความยินยอม"))
                                ),
                                .div(
                                    .class("signature"),
                                    .p(.text("ลงชื่อ ..................................................")),
                                    .p(.span(.class("keep"), .text("( ........................................ )"))),
                                    .p(.text("เจ้าหน้าที่ผู้รับความยินยอม"))
                                )
                            ),
                            .p(.text("วันที่ ........ เดือน .............................. พ.ศ. ..............")),
                            .p(.class("version"), .text("ฉบับข้อความ " + model.version))
                        ),
                    ]
                )
            )
        )
    }
}
