import Foundation
import Testing
@testable import RopaKit

/// Attributes are found by namespace and local name, whatever prefix a producer chose: the
/// prefix is resolved with the bindings in force on the element, the innermost one winning.
@Suite struct XMLAttributesTests {
    /// Records the attribute `local` in namespace `namespace` of every element named `element`.
    final class Recorder: XMLEventHandler {
        let element: String, namespace: String?, local: String
        var found: [String?] = []
        init(element: String, namespace: String?, local: String) {
            self.element = element
            self.namespace = namespace
            self.local = local
        }
        func start(_ namespace: String, _ local: String, _ attributes: XMLAttributes) {
            if local == element { found.append(attributes[self.namespace, self.local]) }
        }
    }

    static let table = XMLNamespace.table

    func values(_ xml: String, element: String = "cell", namespace: String? = table, local: String = "name") throws -> [String?] {
        let recorder = Recorder(element: element, namespace: namespace, local: local)
        try XMLEvents.parse(Data(xml.utf8), part: "content.xml", file: "test.ods", into: recorder)
        return recorder.found
    }

    @Test func anyPrefixBoundToTheNamespaceFindsTheAttribute() throws {
        #expect(try values("<r xmlns:t='\(Self.table)'><t:cell t:name='a'/></r>") == ["a"])
        #expect(try values("<r xmlns:x='\(Self.table)'><x:cell x:name='b'/></r>") == ["b"])
        #expect(try values("<r xmlns:x='urn:other'><x:cell x:name='c'/></r>") == [nil], "another namespace")
    }

    @Test func aPrefixRedeclaredInsideAnElementIsTheInnerOne() throws {
        let xml = "<r xmlns:t='\(Self.table)'><t:cell t:name='outer'/><e xmlns:t='urn:other'><t:cell t:name='inner'/></e><t:cell t:name='again'/></r>"
        #expect(try values(xml) == ["outer", nil, "again"])
    }

    /// An attribute without prefix has no namespace (XLSX's `r`, `t`, `s`), and is also what a
    /// producer that leaves the prefix out means, under the default namespace.
    @Test func anUnprefixedAttribute() throws {
        #expect(try values("<r><cell name='plain'/></r>", namespace: nil) == ["plain"])
        #expect(try values("<r xmlns='\(Self.table)'><cell name='default'/></r>") == ["default"])
        #expect(try values("<r xmlns='\(Self.table)'><e xmlns=''><cell name='undeclared'/></e></r>", element: "cell") == [nil])
    }

    @Test func twoPrefixesForOneNamespaceTakeTheInnermostBinding() throws {
        let xml = "<r xmlns:a='\(Self.table)'><e xmlns:b='\(Self.table)'><b:cell a:name='outer' b:name='inner'/></e></r>"
        #expect(try values(xml) == ["inner"])
    }
}
