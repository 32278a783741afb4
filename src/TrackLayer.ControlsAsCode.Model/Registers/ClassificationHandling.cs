using System.Globalization;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// What each classification means for handling, and how a classified member is named in the registers. One wording
/// for every format, so the Markdown, HTML, CSV and JSON registers say the same thing.
/// </summary>
internal static class ClassificationHandling
{
    public static string KindLabel(ClassificationKind kind) => kind switch
    {
        ClassificationKind.PersonalData => "Personal data",
        ClassificationKind.PseudonymisedData => "Pseudonymised personal data",
        ClassificationKind.SpecialCategoryData => "Special-category personal data",
        ClassificationKind.Credential => "Credential or secret",
        ClassificationKind.NonPersonalData => "Non-personal data",
        _ => "Other classification",
    };

    /// <summary>The handling the classification calls for, in one sentence an auditor can check against practice.</summary>
    public static string Handling(ClassifiedMember member) => member.Kind switch
    {
        ClassificationKind.PersonalData => "Personal data in clear (GDPR): send only to destinations declared to receive it; redact in logs.",
        ClassificationKind.PseudonymisedData => "Pseudonymised" + (string.IsNullOrWhiteSpace(member.PseudonymisationMethod) ? "" : " (" + member.PseudonymisationMethod + ")") +
                                                ": still personal data (GDPR Recital 26); redact in logs.",
        ClassificationKind.SpecialCategoryData => "Special category (GDPR Art. 9/10): needs an explicit legal basis; never sent to advertising destinations.",
        ClassificationKind.Credential => "Secret: never logged, never sent in a payload; store in a secret store and rotate.",
        ClassificationKind.NonPersonalData => "No personal-data handling required.",
        _ => "Classified with " + (member.OtherClassification ?? "another taxonomy") + ": handle per that taxonomy.",
    };

    /// <summary>The category column: the data category, the special category, or empty.</summary>
    public static string Category(ClassifiedMember member)
    {
        if (member.SpecialCategory is { } special) return Split(special.ToString());
        if (member.Category is { } category) return CategoryLabel(category);
        return "";
    }

    public static string CategoryLabel(DataCategory category) => category switch
    {
        DataCategory.IpAddress => "IP address",
        DataCategory.UserAgent => "User agent",
        DataCategory.CookieId => "Cookie id",
        DataCategory.ClickId => "Click id",
        DataCategory.AdvertisingId => "Advertising id",
        DataCategory.UserId => "User id",
        DataCategory.DeviceId => "Device id",
        DataCategory.DateOfBirth => "Date of birth",
        DataCategory.PostalAddress => "Postal address",
        _ => category.ToString(),
    };

    /// <summary>"Email (pseudonymised)", "IP address", "Health (special category)": a member's data in the inventory.</summary>
    public static string DataLabel(ClassifiedMember member) => member.Kind switch
    {
        ClassificationKind.PseudonymisedData => Category(member) + " (pseudonymised)",
        ClassificationKind.SpecialCategoryData => Category(member) + " (special category)",
        ClassificationKind.PersonalData => Category(member),
        _ => KindLabel(member.Kind),
    };

    /// <summary>Personal data in the GDPR's sense: in clear, pseudonymised or special category.</summary>
    public static bool IsPersonal(ClassificationKind kind) =>
        kind == ClassificationKind.PersonalData || kind == ClassificationKind.PseudonymisedData || kind == ClassificationKind.SpecialCategoryData;

    /// <summary>"SexLifeOrOrientation" → "Sex life or orientation".</summary>
    private static string Split(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                builder.Append(' ').Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
