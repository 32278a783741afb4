using System;
using System.Linq;

namespace TrackLayer.ControlsAsCode.Tests;

/// <summary>
/// The model cannot reference the public API (it loads into the compiler), so it mirrors the API's enums.
/// The build task reads the API's enum values from metadata as integers: names and values must agree.
/// </summary>
public class EnumMirrorTests
{
    [Theory]
    [InlineData(typeof(InclusionReason), typeof(Model.InclusionReason))]
    [InlineData(typeof(ImplementationStatus), typeof(Model.ImplementationStatus))]
    [InlineData(typeof(CertificationState), typeof(Model.CertificationState))]
    [InlineData(typeof(VendorProfile), typeof(Model.VendorProfile))]
    [InlineData(typeof(DataCategory), typeof(Model.DataCategory))]
    [InlineData(typeof(SpecialCategoryKind), typeof(Model.SpecialCategoryKind))]
    public void Model_enum_mirrors_the_public_enum(Type publicEnum, Type modelEnum)
    {
        static string[] Describe(Type t) =>
            Enum.GetNames(t).Select(n => n + "=" + Convert.ToInt32(Enum.Parse(t, n))).OrderBy(s => s, StringComparer.Ordinal).ToArray();

        Assert.Equal(Describe(publicEnum), Describe(modelEnum));
    }
}
