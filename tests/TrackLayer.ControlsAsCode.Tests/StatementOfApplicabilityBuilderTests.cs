using System.Linq;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Model.Tests;

public class StatementOfApplicabilityBuilderTests
{
    private static ComplianceDeclarations Assembly(string name, params ControlDeclaration[] controls)
    {
        var declarations = new ComplianceDeclarations(name);
        declarations.Controls.AddRange(controls);
        return declarations;
    }

    private static Model.ControlDeclaration Applicable(string id, string on = "App.Controls", ImplementationStatus status = ImplementationStatus.Implemented) =>
        new(id, Applicability.Applicable, on) { Status = status, Owner = "Platform", Reasons = Model.InclusionReason.RiskAssessment };

    [Fact]
    public void Lists_every_catalog_control_once_and_leaves_undeclared_ones_undecided()
    {
        var soa = StatementOfApplicabilityBuilder.Build(new[] { Assembly("App") });

        Assert.Equal(ControlCatalog.Controls.Select(c => c.Id), soa.Rows.Select(r => r.Control.Id));
        Assert.All(soa.Rows, r => Assert.Equal(Applicability.Undecided, r.Applicability));
        Assert.Equal(93, soa.Totals.Undecided);
        Assert.Equal(0, soa.Totals.Applicable + soa.Totals.Excluded);
    }

    [Fact]
    public void Puts_declarations_on_their_rows_and_counts_them()
    {
        var soa = StatementOfApplicabilityBuilder.Build(new[]
        {
            Assembly("App",
                Applicable("8.24"),
                Applicable("5.15", status: ImplementationStatus.Planned),
                Applicable("8.15", status: ImplementationStatus.Unspecified),
                new Model.ControlDeclaration("7.4", Applicability.Excluded, "App.Controls") { Justification = "No premises" }),
        });

        Assert.Equal(Applicability.Applicable, soa.Rows.Single(r => r.Control.Id == "8.24").Applicability);
        Assert.Equal("No premises", soa.Rows.Single(r => r.Control.Id == "7.4").Declaration!.Justification);
        Assert.Equal(3, soa.Totals.Applicable);
        Assert.Equal(1, soa.Totals.Excluded);
        Assert.Equal(89, soa.Totals.Undecided);
        Assert.Equal(1, soa.Totals.Implemented);
        Assert.Equal(1, soa.Totals.Planned);
        Assert.Equal(1, soa.Totals.StatusUnspecified);
    }

    [Fact]
    public void A_2013_id_with_a_single_successor_lands_on_the_2022_control()
    {
        var soa = StatementOfApplicabilityBuilder.Build(new[] { Assembly("App", Applicable("A.12.4.1")) });

        var row = soa.Rows.Single(r => r.Applicability == Applicability.Applicable);
        Assert.Equal("8.15", row.Control.Id);
        Assert.Equal("A.12.4.1", row.Declaration!.ControlId);
        Assert.Empty(soa.Unresolved);
    }

    [Theory]
    [InlineData("A.18.2.3")] // split across 5.36 and 8.8: the user must choose
    [InlineData("9.99")]
    [InlineData("")]
    public void Ids_that_name_no_single_control_are_reported_as_unresolved(string id)
    {
        var soa = StatementOfApplicabilityBuilder.Build(new[] { Assembly("App", Applicable(id)) });

        Assert.Equal(id, Assert.Single(soa.Unresolved).ControlId);
        Assert.Equal(93, soa.Totals.Undecided);
    }

    [Fact]
    public void Merges_assemblies_in_name_order_whatever_the_input_order()
    {
        var shared = Assembly("Shared.Compliance", Applicable("5.1", on: "Shared.Policies"));
        shared.Isms = new IsmsDeclaration { Scope = "Tracking" };
        var app = Assembly("App", Applicable("5.1", on: "App.Policies", status: ImplementationStatus.Planned), Applicable("8.24"));

        var one = StatementOfApplicabilityBuilder.Build(new[] { shared, app });
        var other = StatementOfApplicabilityBuilder.Build(new[] { app, shared });

        Assert.Equal(new[] { "App", "Shared.Compliance" }, one.SourceAssemblies);
        Assert.Equal("Tracking", one.Isms!.Scope);
        Assert.Equal("App.Policies", one.Rows.Single(r => r.Control.Id == "5.1").Declaration!.DeclaredOn);
        Assert.Equal(
            one.Rows.Select(r => r.Declaration?.DeclaredOn),
            other.Rows.Select(r => r.Declaration?.DeclaredOn));
    }

    [Fact]
    public void Links_implementing_code_to_its_control_in_name_order()
    {
        var app = Assembly("App");
        app.Implementations.Add(new ControlImplementation("8.24", "App.Hasher.Hash"));
        app.Implementations.Add(new ControlImplementation("A.10.1.1", "App.Crypto"));
        app.Implementations.Add(new ControlImplementation("nope", "App.Other"));

        var soa = StatementOfApplicabilityBuilder.Build(new[] { app });

        var row = soa.Rows.Single(r => r.Control.Id == "8.24");
        Assert.Equal(new[] { "App.Crypto", "App.Hasher.Hash" }, row.ImplementedBy.Select(i => i.Element));
    }
}
