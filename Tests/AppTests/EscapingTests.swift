import Plot
import Testing

@testable import App

/// The byte-wise escaper (`HTMLEscaping`) that page text and attribute values go through.
extension AppTests {
    @Suite struct EscapingTests {
        @Test func textAndAttributesAreEscapedByteForByteAndThaiIsLeftAlone() {
            #expect(HTMLEscaping.text("สมชาย ใจดี") == "สมชาย ใจดี")
            #expect(HTMLEscaping.text("<b>ก&ข</b> \"'") == "&lt;b&gt;ก&amp;ข&lt;/b&gt; \"'")
            #expect(HTMLEscaping.text("&lt;") == "&amp;lt;")
            #expect(HTMLEscaping.attribute("a\"b'c<d>&é👍🏽") == "a&quot;b&#39;c&lt;d&gt;&amp;é👍🏽")
            // What people typed is shown as typed, entity-looking text included.
            let page = Node<HTML.BodyContext>.plain("นิคมฯ <script>&amp;").render()
            #expect(page.contains("&lt;script&gt;&amp;amp;"))
            #expect(!page.contains("<script>"))
        }
    }
}
