using System;
using System.IO;
using System.Linq;
using TrackLayer.ControlsAsCode.Build.Reading;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;
using M = TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Tests;

public sealed class DeclarationReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private M.ComplianceDeclarations ReadApp()
    {
        var result = DeclarationReader.Read(TestAssembly.Compile(_temp.Path, Samples.App));
        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
        return result.Declarations!;
    }

    [Fact]
    public void Reads_the_isms_scope_certification_status_and_version_stamp()
    {
        var declarations = ReadApp();

        Assert.Equal("Sample.App", declarations.AssemblyName);
        Assert.Equal("2.3.1", declarations.AssemblyVersion);
        Assert.Equal("4f1c9e2ab", declarations.SourceRevision);
        var isms = Assert.IsType<M.IsmsDeclaration>(declarations.Isms);
        Assert.Equal("Server-side tracking pipeline", isms.Scope);
        Assert.Equal("TrackLayer GmbH", isms.Organization);
        Assert.Equal("CISO", isms.Owner);
        Assert.True(isms.HasCertificationStatus);
        Assert.Equal(M.CertificationState.InProgress, isms.CertificationState);
        Assert.Equal("2026-04-24", isms.AsOf);
        Assert.Equal("Q4 2026", isms.TargetWindow);
        Assert.Null(isms.CertificationBody);
    }

    [Fact]
    public void Reads_control_declarations_on_the_assembly_and_on_types_with_every_argument()
    {
        var controls = ReadApp().Controls;

        // Ordinal order of (declared on, id), whatever the source order: "Sample..." sorts before "assembly".
        Assert.Equal(
            new[] { "Sample.SecurityControls 8.24", "Sample.SecurityControls A.12.4.1", "Sample.SecurityControls A.99.1", "assembly 5.1", "assembly 7.4" },
            controls.Select(c => c.DeclaredOn + " " + c.ControlId).ToArray());

        var crypto = controls.Single(c => c.ControlId == "8.24");
        Assert.Equal(M.Applicability.Applicable, crypto.Applicability);
        Assert.Equal(M.InclusionReason.RiskAssessment | M.InclusionReason.LegalRequirement, crypto.Reasons);
        Assert.Equal("Identifiers leave the pipeline | hashed", crypto.Justification);
        Assert.Equal("Platform team", crypto.Owner);
        Assert.Equal(M.ImplementationStatus.Implemented, crypto.Status);
        Assert.Equal(new[] { "docs/hashing.md", "SEC-42" }, crypto.Evidence);
        Assert.Equal("2026-04-24", crypto.ReviewedOn);

        // A 2013 id is kept as written; the SoA builder maps it.
        var logging = controls.Single(c => c.ControlId == "A.12.4.1");
        Assert.Equal(M.InclusionReason.ContractualRequirement, logging.Reasons);
        Assert.Equal(M.ImplementationStatus.PartiallyImplemented, logging.Status);
        Assert.Empty(logging.Evidence);
        Assert.Equal("8.15", M.StatementOfApplicabilityBuilder.Resolve(logging.ControlId)!.Id);

        var premises = controls.Single(c => c.ControlId == "7.4");
        Assert.Equal(M.Applicability.Excluded, premises.Applicability);
        Assert.Equal("assembly", premises.DeclaredOn);
        Assert.Equal("Fully cloud-hosted: no premises are in scope", premises.Justification);
        Assert.Equal("CISO", premises.Owner);
        Assert.Equal("2026-04-01", premises.ReviewedOn);

        var policies = controls.Single(c => c.ControlId == "5.1");
        Assert.Equal(M.InclusionReason.BestPractice, policies.Reasons);
        Assert.Equal(M.ImplementationStatus.Planned, policies.Status);
    }

    [Fact]
    public void Reads_control_implementations_on_types_methods_fields_properties_and_constructors()
    {
        var implementations = ReadApp().Implementations;

        Assert.Equal(
            new[]
            {
                "8.15 Sample.AuditLog..ctor ",
                "8.15 Sample.AuditLog.Path append-only",
                "8.24 Sample.IdentifierHasher SHA-256 of normalised identifiers",
                "8.24 Sample.IdentifierHasher.Hash ",
                "8.15 Sample.IdentifierHasher.SaltVersion salt rotation log",
            },
            implementations.Select(i => i.ControlId + " " + i.Element + " " + i.Note).ToArray());
    }

    [Fact]
    public void Reads_destinations_with_arrays_flags_and_enums()
    {
        var destinations = ReadApp().Destinations;

        Assert.Equal(new[] { "meta-capi", "warehouse" }, destinations.Select(d => d.Id).ToArray());
        var meta = destinations[0];
        Assert.Equal("Sample.MetaConversionsDestination", meta.DeclaredOn);
        Assert.Equal("Meta Platforms", meta.Vendor);
        Assert.Equal("Growth team", meta.Owner);
        Assert.Equal("Conversion measurement", meta.Purpose);
        Assert.Equal(new[] { "Purchase", "Lead" }, meta.EventTypes);
        Assert.True(meta.SendsPersonalData);
        Assert.True(meta.ConsentSensitive);
        Assert.Equal("marketing", meta.ConsentCategory);
        Assert.Equal("P90D", meta.Retention);
        Assert.Equal("https://graph.facebook.com", meta.Endpoint);
        Assert.Equal("US", meta.Region);
        Assert.Equal("DPA-2025-07", meta.Contract);
        Assert.Equal("2026-04-24", meta.ReviewedOn);
        Assert.Equal(M.VendorProfile.MetaConversionsApi, meta.Profile);

        var warehouse = destinations[1];
        Assert.Equal("assembly", warehouse.DeclaredOn);
        Assert.False(warehouse.SendsPersonalData);
        Assert.Empty(warehouse.EventTypes);
        Assert.Equal(M.VendorProfile.None, warehouse.Profile);
    }

    [Fact]
    public void Reads_classifications_on_properties_fields_and_constructor_parameters()
    {
        var members = ReadApp().ClassifiedMembers;

        Assert.Equal(
            new[]
            {
                "Sample.Envelope<TPayload>.Header.UserAgent PersonalData UserAgent",
                "Sample.PurchaseEvent.ApiKey Credential ",
                "Sample.PurchaseEvent.ClientIp PersonalData IpAddress",
                "Sample.PurchaseEvent.Condition SpecialCategoryData ",
                "Sample.PurchaseEvent.DeviceType NonPersonalData ",
                "Sample.PurchaseEvent.Email PersonalData Email",
                "Sample.PurchaseEvent.HashedPhone PseudonymisedData Phone",
                "Sample.PurchaseEvent.externalId PersonalData UserId",
                "Sample.Visitor.Fbc PersonalData ClickId",
                "Sample.Visitor.Fbp PersonalData CookieId",
            },
            members.Select(m => m.TypeName + "." + m.MemberName + " " + m.Kind + " " + m.Category).ToArray());

        Assert.Equal("em", members.Single(m => m.MemberName == "Email").WireName);
        Assert.Null(members.Single(m => m.MemberName == "ClientIp").WireName);
        Assert.Equal("SHA-256", members.Single(m => m.MemberName == "HashedPhone").PseudonymisationMethod);
        Assert.Equal(M.SpecialCategoryKind.Health, members.Single(m => m.MemberName == "Condition").SpecialCategory);
    }

    [Fact]
    public void A_member_classified_on_its_parameter_and_on_its_property_is_listed_once_per_classification()
    {
        var path = TestAssembly.Compile(_temp.Path, """
            using System.Text.Json.Serialization;
            using TrackLayer.ControlsAsCode;

            namespace Merge
            {
                public sealed record Lead(
                    [Personal(DataCategory.Email)][property: Personal(DataCategory.Email)][property: JsonPropertyName("em")] string Email,
                    [Personal(DataCategory.Phone)][property: Credential] string Phone);
            }
            """, assemblyName: "Merge");

        var members = DeclarationReader.Read(path, _temp.Path).Declarations!.ClassifiedMembers;

        // Type, member, then classification in the registers' order (PersonalData before Credential), so the document
        // builder takes the list as it is; the parameter, read first, keeps its place and takes the wire name only the
        // property declares.
        Assert.Equal(
            new[] { "Email PersonalData em", "Phone PersonalData ", "Phone Credential " },
            members.Select(m => m.MemberName + " " + m.Kind + " " + m.WireName).ToArray());
        Assert.True(M.ClassifiedMemberOrder.Instance.IsOrdered(members.ToList()));
        Assert.All(members, m => Assert.NotNull(m.Location));
    }

    [Fact]
    public void Classified_members_come_sorted_by_type_then_member_whatever_the_declaration_order()
    {
        // Types are read in metadata order and their members together; the reader sorts types, then each type's members.
        var path = TestAssembly.Compile(_temp.Path, """
            using TrackLayer.ControlsAsCode;

            namespace Order
            {
                public sealed class Zebra
                {
                    [Personal(DataCategory.Phone)] public string Phone { get; set; } = "";
                    [Personal(DataCategory.Email)] public string Email { get; set; } = "";
                    public sealed class Inner
                    {
                        [Personal(DataCategory.Name)] public string Name { get; set; } = "";
                    }
                }

                public sealed class Apple
                {
                    [Credential] public string Token { get; set; } = "";
                    [NonPersonal] public string Colour { get; set; } = "";
                    [Personal(DataCategory.Email)][Credential] public string Address { get; set; } = "";
                }

                public sealed class Mango
                {
                    [Personal(DataCategory.UserId)] public string Id { get; set; } = "";
                }
            }
            """, assemblyName: "Order");

        var members = DeclarationReader.Read(path, _temp.Path).Declarations!.ClassifiedMembers;

        Assert.Equal(
            new[]
            {
                "Order.Apple.Address PersonalData", "Order.Apple.Address Credential", "Order.Apple.Colour NonPersonalData",
                "Order.Apple.Token Credential", "Order.Mango.Id PersonalData", "Order.Zebra.Email PersonalData",
                "Order.Zebra.Phone PersonalData", "Order.Zebra.Inner.Name PersonalData",
            },
            members.Select(m => m.TypeName + "." + m.MemberName + " " + m.Kind).ToArray());
        Assert.True(M.ClassifiedMemberOrder.Instance.IsOrdered(members.ToList()));
    }

    [Fact]
    public void Matches_attributes_defined_in_the_assembly_being_read()
    {
        // The declaration API itself (or a copy of it) defines the attribute types: TypeDefinitions, not TypeReferences.
        var path = TestAssembly.Compile(_temp.Path, """
            namespace TrackLayer.ControlsAsCode
            {
                [System.Flags] public enum InclusionReason { None = 0, RiskAssessment = 1, LegalRequirement = 2 }
                public enum ImplementationStatus { Unspecified = 0, Implemented = 4 }
                public sealed class ApplicableControlAttribute : System.Attribute
                {
                    public ApplicableControlAttribute(string controlId, InclusionReason reason) { }
                    public ImplementationStatus Status { get; set; }
                    public string[]? Evidence { get; set; }
                }
            }

            namespace Local
            {
                using TrackLayer.ControlsAsCode;

                [ApplicableControl("5.15", InclusionReason.LegalRequirement, Status = ImplementationStatus.Implemented, Evidence = new[] { "IAM-1" })]
                public sealed class AccessControl { }
            }
            """, assemblyName: "Self.Defined", withDeclarationApi: false);

        var result = DeclarationReader.Read(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var control = Assert.Single(result.Declarations!.Controls);
        Assert.Equal("5.15", control.ControlId);
        Assert.Equal("Local.AccessControl", control.DeclaredOn);
        Assert.Equal(M.InclusionReason.LegalRequirement, control.Reasons);
        Assert.Equal(M.ImplementationStatus.Implemented, control.Status);
        Assert.Equal(new[] { "IAM-1" }, control.Evidence);
    }

    [Fact]
    public void An_assembly_without_declarations_reads_as_empty()
    {
        var result = DeclarationReader.Read(TestAssembly.Compile(_temp.Path, Samples.Plain, assemblyName: "Sample.Plain"));

        Assert.True(result.Succeeded);
        Assert.False(result.Declarations!.HasAnyDeclaration);
        Assert.Equal("Sample.Plain", result.Declarations.AssemblyName);
    }

    [Fact]
    public void A_missing_file_is_a_TLC5001_error()
    {
        var path = _temp.Combine("Nope.dll");

        var result = DeclarationReader.Read(path);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("TLC5001", error.Id);
        Assert.Equal(path, error.File);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void A_file_of_random_bytes_is_a_TLC5001_error()
    {
        var path = _temp.Combine("Garbage.dll");
        var bytes = new byte[4096];
        new Random(27001).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        var result = DeclarationReader.Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("TLC5001", error.Id);
        Assert.Contains("not a valid .NET assembly", error.Message);
    }

    [Fact]
    public void A_truncated_assembly_is_a_TLC5001_error()
    {
        var source = File.ReadAllBytes(TestAssembly.Compile(_temp.Path, Samples.App));
        var path = _temp.Combine("Truncated.dll");
        File.WriteAllBytes(path, source.Take(source.Length / 3).ToArray());

        var result = DeclarationReader.Read(path);

        Assert.Equal("TLC5001", Assert.Single(result.Errors).Id);
    }

    [Fact]
    public void A_malformed_attribute_blob_is_a_TLC5001_error_naming_the_attribute()
    {
        var path = TestAssembly.Compile(_temp.Path, """
            using TrackLayer.ControlsAsCode;
            [assembly: ApplicableControl("CORRUPT-ME-PLEASE", InclusionReason.RiskAssessment)]
            """);

        // A custom attribute blob starts with the prolog 0x0001, then the UTF-8 string with its length byte.
        // Find the unique string in the file and break the prolog in front of it.
        var bytes = File.ReadAllBytes(path);
        var marker = System.Text.Encoding.UTF8.GetBytes("CORRUPT-ME-PLEASE");
        var at = IndexOf(bytes, marker);
        Assert.True(at > 3);
        Assert.Equal(marker.Length, bytes[at - 1]);
        bytes[at - 3] = 0xFF;
        bytes[at - 2] = 0xFF;
        File.WriteAllBytes(path, bytes);

        var result = DeclarationReader.Read(path);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("TLC5001", error.Id);
        Assert.Contains("[ApplicableControl] attribute on assembly", error.Message);
    }

    [Fact]
    public void A_nested_type_whose_enclosing_type_row_is_out_of_range_is_a_TLC5001_error_not_a_crash()
    {
        var path = TestAssembly.Compile(_temp.Path, """
            using TrackLayer.ControlsAsCode;

            namespace Broken
            {
                public sealed class Outer
                {
                    public sealed class Inner
                    {
                        [Personal(DataCategory.Email)] public string Email { get; set; } = "";
                    }
                }
            }
            """, assemblyName: "Broken");

        // Point the NestedClass row's EnclosingClass column past the end of the TypeDef table.
        var bytes = File.ReadAllBytes(path);
        int at;
        using (var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(bytes)))
        {
            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            Assert.Equal(1, System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetTableRowCount(metadata, System.Reflection.Metadata.Ecma335.TableIndex.NestedClass));
            Assert.True(metadata.TypeDefinitions.Count < 0x8000); // two-byte TypeDef indexes
            at = pe.PEHeaders.MetadataStartOffset + System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetTableMetadataOffset(metadata, System.Reflection.Metadata.Ecma335.TableIndex.NestedClass) + 2;
        }

        bytes[at] = 0xF0;
        bytes[at + 1] = 0x7F;
        File.WriteAllBytes(path, bytes);

        var result = DeclarationReader.Read(path, _temp.Path);

        Assert.False(result.Succeeded);
        Assert.Equal("TLC5001", Assert.Single(result.Errors).Id);
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        }

        return -1;
    }
}
