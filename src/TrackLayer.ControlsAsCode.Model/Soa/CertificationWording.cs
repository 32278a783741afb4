using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// Words the certification status exactly as declared. The word "certified" is used for a current certificate
/// only when body, number and date are all declared: an unsupported claim is an audit finding waiting to happen.
/// </summary>
internal static class CertificationWording
{
    public static string Describe(IsmsDeclaration? isms)
    {
        if (isms is null || !isms.HasCertificationStatus)
        {
            return "ISO/IEC 27001 certification status: not declared.";
        }

        var asOf = string.IsNullOrWhiteSpace(isms.AsOf) ? "" : " as of " + isms.AsOf;
        switch (isms.CertificationState)
        {
            case CertificationState.InProgress:
                var target = string.IsNullOrWhiteSpace(isms.TargetWindow) ? "" : ", target certification window " + isms.TargetWindow;
                return "ISO/IEC 27001 certification in progress" + asOf + target + ". Not yet certified.";
            case CertificationState.Certified when HasCertificate(isms):
                var expires = string.IsNullOrWhiteSpace(isms.ExpiresOn) ? "" : ", valid until " + isms.ExpiresOn;
                return "Certified to ISO/IEC 27001 by " + isms.CertificationBody + ", certificate " + isms.CertificateNumber +
                       ", issued " + isms.CertifiedOn + expires + ".";
            case CertificationState.Certified:
                return "Certification declared" + asOf + " without certificate details (" + string.Join(", ", MissingCertificateDetails(isms)) +
                       " missing): not stated as certified.";
            case CertificationState.Lapsed:
                return "ISO/IEC 27001 certificate lapsed" + asOf + ". Not currently certified.";
            default:
                return "ISO/IEC 27001 certification not started" + asOf + ". Not certified.";
        }
    }

    public static bool HasCertificate(IsmsDeclaration isms) => MissingCertificateDetails(isms).Count == 0;

    private static List<string> MissingCertificateDetails(IsmsDeclaration isms)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(isms.CertificationBody)) missing.Add("certification body");
        if (string.IsNullOrWhiteSpace(isms.CertificateNumber)) missing.Add("certificate number");
        if (string.IsNullOrWhiteSpace(isms.CertifiedOn)) missing.Add("issue date");
        return missing;
    }
}
