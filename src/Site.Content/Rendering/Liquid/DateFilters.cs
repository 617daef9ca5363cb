using System.Globalization;
using Fluid;
using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Jekyll's date filters, in the site's time zone and in English whatever the server's culture:
/// <c>date_to_string</c> (<c>07 Nov 2008</c>; with <c>"ordinal"</c> <c>7th Nov 2008</c>, and <c>"ordinal", "US"</c>
/// <c>Nov 7th, 2008</c>), <c>date_to_long_string</c> (the same with the month's whole name), <c>date_to_xmlschema</c>
/// (<c>2008-11-07T13:07:54-08:00</c>) and <c>date_to_rfc822</c> (<c>Fri, 07 Nov 2008 13:07:54 -0800</c>). They read a
/// date, or text such as a front matter's <c>2023-01-05</c>; anything else passes through unchanged.
/// </summary>
internal static class DateFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("date_to_string", (input, arguments, context) => Format(input, context, date => Written(date, "MMM", arguments)));
        filters.AddFilter("date_to_long_string", (input, arguments, context) => Format(input, context, date => Written(date, "MMMM", arguments)));
        filters.AddFilter("date_to_xmlschema", (input, _, context) =>
            Format(input, context, date => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
        filters.AddFilter("date_to_rfc822", (input, _, context) =>
            Format(input, context, date => date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + Offset(date.Offset)));
    }

    private static FluidValue Format(FluidValue input, TemplateContext context, Func<DateTimeOffset, string> format)
    {
        if (input.IsNil() || input.ToStringValue().Length == 0 || !input.TryGetDateTimeInput(context, out var date)) return input;
        return new StringValue(format(TimeZoneInfo.ConvertTime(date, context.TimeZone)));
    }

    private static string Written(DateTimeOffset date, string month, FilterArguments arguments)
    {
        var monthName = date.ToString(month, CultureInfo.InvariantCulture);
        if (arguments.At(0).ToStringValue() != "ordinal") return date.ToString($"dd {month} yyyy", CultureInfo.InvariantCulture);
        var day = string.Create(CultureInfo.InvariantCulture, $"{date.Day}{Ordinal(date.Day)}");
        return arguments.At(1).ToStringValue() == "US"
            ? string.Create(CultureInfo.InvariantCulture, $"{monthName} {day}, {date.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{day} {monthName} {date.Year}");
    }

    private static string Ordinal(int day) => day is >= 11 and <= 13 ? "th" : (day % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };

    private static string Offset(TimeSpan offset) => string.Create(CultureInfo.InvariantCulture,
        $"{(offset < TimeSpan.Zero ? '-' : '+')}{Math.Abs(offset.Hours):00}{Math.Abs(offset.Minutes):00}");
}
