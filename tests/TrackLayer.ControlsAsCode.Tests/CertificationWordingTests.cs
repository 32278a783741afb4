using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Model.Tests;

public class CertificationWordingTests
{
    private static IsmsDeclaration Status(Model.CertificationState state) =>
        new() { HasCertificationStatus = true, CertificationState = state };

    [Fact]
    public void States_an_in_progress_programme_exactly_and_says_it_is_not_certified()
    {
        var isms = Status(Model.CertificationState.InProgress);
        isms.AsOf = "2026-04-24";
        isms.TargetWindow = "Q4 2026";

        Assert.Equal(
            "ISO/IEC 27001 certification in progress as of 2026-04-24, target certification window Q4 2026. Not yet certified.",
            CertificationWording.Describe(isms));
    }

    [Fact]
    public void Calls_the_system_certified_only_with_body_number_and_date()
    {
        var isms = Status(Model.CertificationState.Certified);
        isms.CertificationBody = "BSI";
        isms.CertificateNumber = "IS 123456";
        isms.CertifiedOn = "2026-12-01";

        Assert.Equal("Certified to ISO/IEC 27001 by BSI, certificate IS 123456, issued 2026-12-01.", CertificationWording.Describe(isms));
    }

    [Fact]
    public void A_certified_claim_without_a_certificate_is_not_stated_as_certified()
    {
        var isms = Status(Model.CertificationState.Certified);
        isms.CertificationBody = "BSI";

        var text = CertificationWording.Describe(isms);

        Assert.DoesNotContain("Certified to", text);
        Assert.Contains("certificate number, issue date missing", text);
        Assert.Contains("not stated as certified", text);
    }

    [Fact]
    public void Says_so_when_nothing_is_declared()
    {
        Assert.Equal("ISO/IEC 27001 certification status: not declared.", CertificationWording.Describe(null));
        Assert.Equal("ISO/IEC 27001 certification status: not declared.", CertificationWording.Describe(new IsmsDeclaration { Scope = "x" }));
    }

    [Theory]
    [InlineData(nameof(Model.CertificationState.NotStarted), "ISO/IEC 27001 certification not started. Not certified.")]
    [InlineData(nameof(Model.CertificationState.Lapsed), "ISO/IEC 27001 certificate lapsed. Not currently certified.")]
    public void Words_the_other_states(string state, string expected)
    {
        var parsed = (Model.CertificationState)System.Enum.Parse(typeof(Model.CertificationState), state);
        Assert.Equal(expected, CertificationWording.Describe(Status(parsed)));
    }
}
