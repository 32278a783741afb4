using System.Linq;
using TrackLayer.ControlsAsCode.Model.Validation;

namespace TrackLayer.ControlsAsCode.Model.Tests;

/// <summary>The model's validity rules, independent of Roslyn: the same verdicts the analyzers and the build task report.</summary>
public class DeclarationValidatorTests
{
    private static ControlDeclaration Applicable(string id = "8.24") => new(id, Applicability.Applicable, "T")
    {
        Reasons = InclusionReason.RiskAssessment,
        Owner = "Platform",
        Status = ImplementationStatus.Implemented,
        ReviewedOn = "2026-04-24",
    };

    private static DestinationDeclaration Destination(string id = "meta-capi") => new(id, "T")
    {
        Owner = "Growth",
        Purpose = "Conversions",
        Retention = "P90D",
        Endpoint = "https://graph.facebook.com",
        ReviewedOn = "2026-04-24",
    };

    private static string[] Ids(System.Collections.Generic.IEnumerable<DeclarationProblem> problems)
        => problems.Select(p => p.DiagnosticId).ToArray();

    [Fact]
    public void A_complete_applicable_control_has_no_problem()
        => Assert.Empty(DeclarationValidator.Validate(Applicable()));

    [Fact]
    public void An_applicable_control_without_owner_status_and_reason_has_three_problems()
    {
        var problems = DeclarationValidator.Validate(new ControlDeclaration("8.24", Applicability.Applicable, "T") { Owner = " " });
        Assert.Equal(
            new[] { DiagnosticIds.ApplicableWithoutOwner, DiagnosticIds.ApplicableWithoutStatus, DiagnosticIds.ApplicableWithoutReason },
            Ids(problems));
        Assert.Equal(new[] { "Owner", "Status", "Reason" }, problems.Select(p => p.Argument));
        Assert.All(problems, p => Assert.Equal(new[] { "8.24" }, p.MessageArguments));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t")]
    public void An_exclusion_needs_a_justification(string? justification)
    {
        var problems = DeclarationValidator.Validate(new ControlDeclaration("7.4", Applicability.Excluded, "T") { Justification = justification });
        var problem = Assert.Single(problems);
        Assert.Equal(DiagnosticIds.ExcludedWithoutJustification, problem.DiagnosticId);
        Assert.Equal("Justification", problem.Argument);
    }

    [Fact]
    public void An_excluded_control_needs_no_owner_status_or_reason()
        => Assert.Empty(DeclarationValidator.Validate(new ControlDeclaration("7.4", Applicability.Excluded, "T") { Justification = "cloud only" }));

    [Theory]
    [InlineData("8.24")]
    [InlineData("A.8.24")]
    [InlineData(" 5.1 ")]
    public void Ids_of_the_2022_catalog_are_accepted(string id)
        => Assert.Empty(DeclarationValidator.Validate(new ControlImplementation(id, "T.M")));

    [Theory]
    [InlineData("")]
    [InlineData("8.35")]
    [InlineData("A.5")]
    [InlineData("crypto")]
    [InlineData("99.1.1")]
    public void Unknown_ids_are_reported(string id)
    {
        var problem = Assert.Single(DeclarationValidator.Validate(new ControlImplementation(id, "T.M")));
        Assert.Equal(DiagnosticIds.UnknownControlId, problem.DiagnosticId);
        Assert.Equal("ControlId", problem.Argument);
    }

    [Fact]
    public void A_2013_id_is_reported_with_its_successor()
    {
        var problem = Assert.Single(DeclarationValidator.Validate(Applicable("A.10.1.1")));
        Assert.Equal(DiagnosticIds.Iso2013ControlId, problem.DiagnosticId);
        Assert.Equal(new[] { "8.24" }, problem.Suggestions);
        Assert.Equal(new[] { "A.10.1.1", "8.24 (Use of cryptography)" }, problem.MessageArguments);
    }

    [Fact]
    public void A_2013_id_that_was_split_offers_every_successor()
    {
        var problem = Assert.Single(DeclarationValidator.Validate(new ControlImplementation("18.2.3", "T")));
        Assert.Equal(new[] { "5.36", "8.8" }, problem.Suggestions);
    }

    [Theory]
    [InlineData("24.04.2026")]
    [InlineData("2026-02-30")]
    [InlineData("")]
    [InlineData("April 2026")]
    public void Review_dates_must_be_dates(string date)
    {
        var declaration = Applicable();
        declaration.ReviewedOn = date;
        var problem = Assert.Single(DeclarationValidator.Validate(declaration));
        Assert.Equal(DiagnosticIds.InvalidDate, problem.DiagnosticId);
        Assert.Equal(new[] { "ReviewedOn", date }, problem.MessageArguments);
    }

    [Fact]
    public void A_complete_destination_has_no_problem()
        => Assert.Empty(DeclarationValidator.Validate(Destination()));

    [Fact]
    public void A_destination_missing_several_values_is_one_problem_about_the_declaration()
    {
        var problem = Assert.Single(DeclarationValidator.Validate(new DestinationDeclaration("d", "T") { Owner = "o" }));
        Assert.Equal(DiagnosticIds.DestinationDeclarationIncomplete, problem.DiagnosticId);
        Assert.Null(problem.Argument);
        Assert.Equal(new[] { "d", "Purpose and Retention" }, problem.MessageArguments);
    }

    [Fact]
    public void A_destination_missing_one_written_value_points_at_it()
    {
        var destination = Destination();
        destination.Purpose = "";
        var problem = Assert.Single(DeclarationValidator.Validate(destination));
        Assert.Equal("Purpose", problem.Argument);

        destination.Purpose = null;
        Assert.Null(Assert.Single(DeclarationValidator.Validate(destination)).Argument);
    }

    [Theory]
    [InlineData("90 days")]
    [InlineData("P")]
    [InlineData("P1.5Y")]
    [InlineData("p90d")]
    public void Retention_must_be_an_ISO_8601_duration(string retention)
    {
        var destination = Destination();
        destination.Retention = retention;
        var problem = Assert.Single(DeclarationValidator.Validate(destination));
        Assert.Equal(DiagnosticIds.RetentionNotIsoDuration, problem.DiagnosticId);
        Assert.Equal("Retention", problem.Argument);
    }

    [Theory]
    [InlineData("http://collector.example", true)]
    [InlineData(" HTTP://collector.example/x", true)]
    [InlineData("http://localhost.evil.example", true)]
    [InlineData("http://user@evil.example", true)]
    [InlineData("http://localhost:8126", false)]
    [InlineData("http://127.0.0.1/x", false)]
    [InlineData("http://[::1]:80", false)]
    [InlineData("https://collector.example", false)]
    [InlineData("collector.example", false)]
    [InlineData(null, false)]
    public void Plain_http_is_any_http_URL_that_leaves_the_host(string? endpoint, bool plain)
        => Assert.Equal(plain, DeclarationValidator.IsPlainHttp(endpoint));

    [Fact]
    public void A_plain_http_endpoint_suggests_the_https_URL()
    {
        var destination = Destination();
        destination.Endpoint = "http://collector.example/v1?q=1";
        var problem = Assert.Single(DeclarationValidator.Validate(destination));
        Assert.Equal(DiagnosticIds.PlainHttpEndpoint, problem.DiagnosticId);
        Assert.Equal(new[] { "https://collector.example/v1?q=1" }, problem.Suggestions);
    }

    [Fact]
    public void Certified_needs_body_number_and_date()
    {
        var isms = new IsmsDeclaration { HasCertificationStatus = true, CertificationState = CertificationState.Certified, CertificateNumber = "IS 1" };
        var problem = Assert.Single(DeclarationValidator.Validate(isms));
        Assert.Equal(DiagnosticIds.CertifiedWithoutCertificate, problem.DiagnosticId);
        Assert.Equal(new[] { "CertificationBody and CertifiedOn" }, problem.MessageArguments);

        isms.CertificationBody = "BSI";
        isms.CertifiedOn = "2026-01-15";
        Assert.Empty(DeclarationValidator.Validate(isms));
    }

    [Fact]
    public void In_progress_needs_no_certificate_but_its_dates_must_be_dates()
    {
        var isms = new IsmsDeclaration { HasCertificationStatus = true, CertificationState = CertificationState.InProgress, AsOf = "2026-04-24" };
        Assert.Empty(DeclarationValidator.Validate(isms));
        isms.ExpiresOn = "soon";
        Assert.Equal("ExpiresOn", Assert.Single(DeclarationValidator.Validate(isms)).Argument);
    }

    [Fact]
    public void Duplicate_controls_are_grouped_by_the_2022_control_and_conflicts_named()
    {
        var declarations = new[]
        {
            Applicable("8.24"),
            new ControlDeclaration("7.4", Applicability.Excluded, "A") { Justification = "cloud" },
            Applicable("A.10.1.1"), // the same control under its 2013 id
            new ControlDeclaration(" A.7.4 ", Applicability.Excluded, "B") { Justification = "cloud " },
            new ControlDeclaration("8.15", Applicability.Excluded, "C") { Justification = "x" },
        };
        declarations[2].Status = ImplementationStatus.Planned;

        var duplicates = DuplicateDeclarations.FindControls(declarations);

        Assert.Equal(2, duplicates.Count);
        Assert.Equal("8.24", duplicates[0].ControlId);
        Assert.Equal(new[] { 0, 2 }, duplicates[0].Indexes);
        Assert.Equal(new[] { "status" }, duplicates[0].DifferingValues);
        Assert.True(duplicates[0].IsConflict);
        Assert.Equal("7.4", duplicates[1].ControlId);
        Assert.False(duplicates[1].IsConflict);
    }

    [Fact]
    public void A_split_2013_id_is_not_merged_with_either_successor()
        => Assert.Empty(DuplicateDeclarations.FindControls(new[] { Applicable("18.2.3"), Applicable("8.8") }));

    [Fact]
    public void Duplicate_destination_ids_are_compared_ignoring_case_and_blank_ids_are_left_to_TLC2002()
    {
        var duplicates = DuplicateDeclarations.FindDestinations(new[] { Destination("meta"), Destination(""), Destination("ga4"), Destination("META "), Destination(" ") });
        var duplicate = Assert.Single(duplicates);
        Assert.Equal("meta", duplicate.Id);
        Assert.Equal(new[] { 0, 3 }, duplicate.Indexes);
    }
}
