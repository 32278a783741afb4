namespace TrackLayer.ControlsAsCode.Model;

// Egress (TLC21xx), disallowed flows (TLC40xx) and vendor profiles (TLC41xx).
internal static partial class DiagnosticIds
{
    public const string UndeclaredEgress = "TLC2101";
    public const string EgressHostUnknown = "TLC2102";

    public const string PersonalDataToNonPersonalDestination = "TLC4001";
    public const string SpecialCategoryToAdvertisingDestination = "TLC4002";

    public const string VendorRequiresHashing = "TLC4101";
    public const string VendorRequiresClear = "TLC4102";
}
