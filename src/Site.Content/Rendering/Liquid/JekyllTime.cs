using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Fluid;
using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// A time (<c>page.date</c>, <c>site.time</c>) as Jekyll's Liquid prints it, Ruby's way: <c>2020-01-07 13:45:00 +0100</c>,
/// at the offset it was given (the site's time zone), in <c>jsonify</c> too. The date filters read it as the time it is.
/// </summary>
internal sealed class JekyllTime(DateTimeOffset value) : FluidValue
{
    // Not FluidValues.DateTime: Fluid's own date value compares itself only with its own kind and would fail on this one.
    public override FluidValues Type => FluidValues.Object;

    public override bool Equals(FluidValue other) => other is JekyllTime time && time.ToObjectValue() is DateTimeOffset date && date == value;

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => value.ToUnixTimeSeconds();

    public override string ToStringValue() => Written(value);

    private static string Written(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + time.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal);

    public override object ToObjectValue() => value;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        new(writer.WriteAsync(encoder.Encode(ToStringValue())));

    [Obsolete("WriteTo is obsolete, prefer the WriteToAsync method.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => writer.Write(encoder.Encode(ToStringValue()));

    public override bool Equals(object? obj) => obj is JekyllTime other && Equals(other);

    public override int GetHashCode() => value.GetHashCode();

    /// <summary>A time in <c>jsonify</c>'s JSON, as Jekyll writes it there too.</summary>
    public sealed class Json : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString() ?? "", CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(Written(value));
    }
}
