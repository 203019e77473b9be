package dev.fathom.segy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fathom.core.SharedData;
import dev.fathom.segy.SegyFile;
import dev.fathom.segy.SegyOptions;
import dev.fathom.segy.header.FieldType;
import dev.fathom.segy.header.HeaderField;
import dev.fathom.segy.header.Scaling;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rev-2.1 SEG:Layout stanza: the key words it places, and what it ignores. */
class LayoutStanzaTest {
  static final String HEAD = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

  static TextHeader record(String text) {
    return TextHeader.of(text, TextEncoding.ASCII);
  }

  @Test
  void keyWordsComeFromTopLevelEntriesWithTheirTypes() {
    LayoutStanza s = LayoutStanza.parse(HEAD + """
        <segy-layout name="rev2"><desc>shifted</desc>
        <entry name="ffid" byte="10" type="int4"/>
        <entry name="co_scal" byte="72" type="int2"/>
        <entry name="cdp_x" byte="182" type="coor4"/>
        <entry name="iline" byte="190" type="int4"/>
        <entry name="xline" byte="194" type="uint4"/>
        <extension name="SEG00001"><entry name="cdp_x" byte="161" type="ieee64" if-non-zero="1"/></extension>
        </segy-layout>\u0000\u0000   """);
    assertEquals(List.of(), s.warnings());
    Map<String, HeaderField> k = s.keys();
    assertEquals(4, k.size(), k.toString());
    assertEquals(190, k.get("iline").byteNumber());
    assertEquals(FieldType.UINT4, k.get("xline").type());
    assertEquals(182, k.get("cdp_x").byteNumber(), "the extension's cdp_x is not the standard header's");
    assertEquals(Scaling.COORDINATE, k.get("cdp_x").scaling());
    assertEquals("INLINE_3D", k.get("iline").name(), "named as the standard word it places");
    assertEquals(FieldType.INT2, k.get("co_scal").type());
  }

  @Test
  void aStanzaSpansRecordsUntilTheNextStanza() {
    String xml = HEAD + "<segy-layout name=\"x\"><entry name=\"iline\" byte=\"1\" type=\"int4\"/>"
        + "<entry name=\"xline\" byte=\"5\" type=\"int4\"/></segy-layout>";
    int cut = xml.indexOf("<entry name=\"xline\"");
    LayoutStanza s = LayoutStanza.of(List.of(record("((Acme: notes)) nothing here"), record("((SEG:Layout:text/xml))" + xml.substring(0, cut)),
        record(xml.substring(cut)), record("((SEG: EndText))")));
    assertEquals(List.of(), s.warnings());
    assertEquals(5, s.keys().get("xline").byteNumber());
    assertTrue(LayoutStanza.of(List.of(record("((Acme: notes))"))).keys().isEmpty(), "no stanza, no keys");
  }

  @Test
  void badStanzasAreIgnoredWithAWarningThatSaysWhy() {
    Map<String, String> cases = Map.of(
        HEAD + "<segy-layout><entry name=\"iline\" byte=\"1\" type=\"int4\"/>", "does not parse as XML",
        HEAD + "<layout><entry name=\"iline\" byte=\"1\" type=\"int4\"/></layout>", "its root element is <layout>",
        HEAD + "<segy-layout><entry name=\"iline\" byte=\"one\" type=\"int4\"/></segy-layout>", "entry iline: byte \"one\" is not a number",
        HEAD + "<segy-layout><entry name=\"xline\" byte=\"5\" type=\"ieee32\"/></segy-layout>", "entry xline: type \"ieee32\" is not an integer word",
        HEAD + "<segy-layout><entry name=\"iline\" byte=\"239\" type=\"int4\"/></segy-layout>", "entry iline: bytes 239..242 are not in the 240-byte header",
        HEAD + "<segy-layout><entry name=\"iline\" byte=\"2147483647\" type=\"int4\"/></segy-layout>", "entry iline: bytes 2147483647..2147483650 are not in the 240-byte header",
        HEAD + "<segy-layout><entry name=\"iline\" byte=\"190\" type=\"uint8\"/></segy-layout>", "entry iline: type \"uint8\" is wider than 4 bytes (iline, xline and offset are 4-byte integers)",
        // an external entity is never resolved: DTDs are refused
        HEAD + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><segy-layout><desc>&e;</desc></segy-layout>", "does not parse as XML");
    cases.forEach((xml, why) -> {
      LayoutStanza s = LayoutStanza.parse(xml);
      assertTrue(s.keys().isEmpty(), xml);
      assertEquals(1, s.warnings().size(), xml);
      assertTrue(s.warnings().get(0).startsWith("SEG:Layout stanza ignored (standard key bytes used): " + why), s.warnings().get(0));
    });
  }

  @Test
  void aFileFollowsItsStanzaUnlessTheUserPlacedTheKey() {
    String shifted = SharedData.require("testdata/segy/segyio/test-data/mapping-shifted.sgy").toString();
    try (SegyFile f = SegyFile.open(shifted)) {
      SegyOptions o = f.options();
      assertEquals(190, o.inline().byteNumber());
      assertEquals(194, o.crossline().byteNumber());
      assertEquals(38, o.offset().byteNumber());
      assertEquals(182, o.cdpX().byteNumber());
      assertEquals(72, o.coordinateScalar().byteNumber());
      assertEquals("3D post-stack, 3 inlines x 2 crosslines, inline sorting", f.geometry().summary());
    }
    try (SegyFile f = SegyFile.open(shifted, SegyOptions.DEFAULT.withInlineByte(189))) {
      assertEquals(189, f.options().inline().byteNumber(), "the user's byte wins");
      assertEquals(194, f.options().crossline().byteNumber());
      assertTrue(f.layout().decisions().stream().anyMatch(d -> d.name().equals("iline")
          && d.reason().equals("given (the SEG:Layout stanza says byte 190)")), f.layout().decisions().toString());
    }
  }
}
