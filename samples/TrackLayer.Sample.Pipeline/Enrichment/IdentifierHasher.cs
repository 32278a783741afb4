using System.Security.Cryptography;
using System.Text;
using TrackLayer.ControlsAsCode;

namespace TrackLayer.Sample.Pipeline.Enrichment;

/// <summary>
/// Normalises and SHA-256 hashes contact identifiers the way the conversion APIs expect them
/// (trimmed, lower case; phone numbers as digits with country code).
/// </summary>
[ImplementsControl("8.24", Note = "SHA-256 of normalised email and phone before they leave the pipeline")]
public static class IdentifierHasher
{
    public static string? HashEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : Sha256Hex(email.Trim().ToLowerInvariant());

    public static string? HashPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray()).TrimStart('0');
        return digits.Length == 0 ? null : Sha256Hex(digits);
    }

    private static string Sha256Hex(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
