using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using TrackLayer.ControlsAsCode.Build.Reading;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;

namespace TrackLayer.ControlsAsCode.Build.Tests;

/// <summary>The fast decoder must answer exactly as the metadata library's decoder, or decline.</summary>
public sealed class FastAttributeDecoderTests : IDisposable
{
    private const string Serializers = """
        using System.Runtime.Serialization;
        using System.Text.Json.Serialization;
        using TrackLayer.ControlsAsCode;

        namespace Wire;

        public enum Local { A, B }
        public sealed class LocalAttribute : System.Attribute { public LocalAttribute(Local value) { } public string[]? Names { get; set; } }

        [DataContract]
        public sealed class Payload
        {
            [DataMember(Name = "em", Order = 2), Personal(DataCategory.Email)] public string? Email { get; init; }
            [JsonPropertyName("ph"), Pseudonymised(DataCategory.Phone, Method = null)] public string? Phone { get; init; }
            [SpecialCategory(SpecialCategoryKind.Health), Local(Local.B, Names = new[] { "x", null, "" })] public string? Health { get; init; }
            [ImplementsControl("8.24", Note = "")] public string? Hashed { get; init; }
            [System.Obsolete("old", true)] public int Old { get; init; }
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("App", 20)]
    [InlineData("Hostile", 4)]
    [InlineData("Serializers", 6)]
    public void Decodes_every_attribute_it_takes_exactly_as_the_general_decoder(string sample, int ourAttributes)
    {
        var source = sample switch { "App" => Samples.App, "Hostile" => Samples.Hostile, _ => Serializers };
        using var stream = File.OpenRead(TestAssembly.Compile(_temp.Path, source, assemblyName: "Sample." + sample));
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var fast = new FastAttributeDecoder(reader, new AttributeTypeProvider());
        var index = new AttributeTypeIndex(reader);

        var ours = 0;
        var decoded = 0;
        foreach (var handle in reader.CustomAttributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            var isOurs = index.KindOf(attribute) != DeclarationAttributeKind.None;
            ours += isOurs ? 1 : 0;
            if (!fast.TryDecode(attribute, out var value))
            {
                continue;
            }

            decoded += isOurs ? 1 : 0;
            var expected = attribute.DecodeValue(new AttributeTypeProvider());
            Assert.Equal(Describe(expected), Describe(value));
        }

        // Every attribute the reader reads in these samples goes the fast way.
        Assert.True(ours >= ourAttributes, ours + " of our attributes");
        Assert.Equal(ours, decoded);
    }

    [Fact]
    public void Declines_what_it_does_not_take_and_the_general_decoder_still_reads_it()
    {
        using var stream = File.OpenRead(TestAssembly.Compile(_temp.Path, Serializers, assemblyName: "Sample.Declined"));
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var fast = new FastAttributeDecoder(reader, new AttributeTypeProvider());

        // [Local(...)]: an enum of the assembly itself (not the toolkit's) and a constructor defined in it.
        var local = reader.CustomAttributes.Select(reader.GetCustomAttribute)
            .Single(a => a.Constructor.Kind == HandleKind.MethodDefinition);

        Assert.False(fast.TryDecode(local, out _));
    }

    private static string Describe(CustomAttributeValue<string> value)
        => "(" + string.Join(", ", value.FixedArguments.Select(Describe)) + ") {"
           + string.Join(", ", value.NamedArguments.Select(n => n.Kind + " " + n.Name + ": " + n.Type + " = " + DescribeValue(n.Value))) + "}";

    private static string Describe(CustomAttributeTypedArgument<string> argument) => argument.Type + " " + DescribeValue(argument.Value);

    private static string DescribeValue(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        ImmutableArray<CustomAttributeTypedArgument<string>> elements => "[" + string.Join(", ", elements.Select(Describe)) + "]",
        _ => value.GetType().Name + ":" + value,
    };
}
