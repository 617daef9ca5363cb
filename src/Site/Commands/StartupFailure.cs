using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Site.Web;

namespace Site.Commands;

/// <summary>
/// Why the site could not start, in one line that says what to change: a setting out of range names its key, a JSON
/// error the file the author edits and its line, a port in use another one to pass. A stack trace helps nobody who
/// mistyped a setting, and the crash it came with (exit 134) set <c>docker run --restart</c> looping.
/// </summary>
public static partial class StartupFailure
{
    public static string Describe(Exception failure) => failure switch
    {
        OptionsValidationException invalid => string.Join("; ", invalid.Failures.Select(Setting)),
        InvalidDataException { InnerException: { } parse } when ConfigurationFile().Match(failure.Message) is { Success: true } file =>
            JsonProblem(file.Groups["path"].Value, parse),
        IOException { InnerException: { } inner } when inner.GetType().Name == "AddressInUseException" || inner is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } =>
            PortInUse(failure.Message),
        _ => $"the site could not start: {FirstLine(failure.Message)}",
    };

    /// <summary>Whether the whole exception is wanted too: with <c>Logging:LogLevel:Default</c> at Debug or Trace.</summary>
    public static bool WantsTrace(IConfiguration configuration) =>
        configuration["Logging:LogLevel:Default"] is { } level && (level.Equals("Debug", StringComparison.OrdinalIgnoreCase) || level.Equals("Trace", StringComparison.OrdinalIgnoreCase));

    /// <summary>A data annotation's failure, said with the configuration key it is about.</summary>
    private static string Setting(string failure) =>
        DataAnnotationFailure().Match(failure) is { Success: true } annotation
            ? $"{SiteOptions.Section}:{annotation.Groups["member"].Value}: {annotation.Groups["error"].Value}"
            : failure.TrimEnd();

    private static string JsonProblem(string copiedPath, Exception parse)
    {
        var path = ContentFolders.EditedFile(copiedPath);
        var position = parse.InnerException is JsonException { LineNumber: { } line, BytePositionInLine: { } column }
            ? $":{line + 1}:{column + 1}"
            : "";
        var reason = JsonPosition().Replace(FirstLine((parse.InnerException ?? parse).Message), "");
        return $"{path}{position}: not valid JSON, so the site did not start: {reason}";
    }

    private static string PortInUse(string message)
    {
        var address = BindAddress().Match(message) is { Success: true } bound ? bound.Groups["address"].Value : "the address";
        var next = Uri.TryCreate(address, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Host}:{uri.Port + 1}" : "http://localhost:5001";
        return $"{address} is in use by another program: pass --urls {next} (or set ASPNETCORE_URLS) to listen elsewhere";
    }

    private static string FirstLine(string text) => text.AsSpan().Trim().ToString().Split('\n')[0].Trim();

    [GeneratedRegex(@"members: '(?<member>[^']+)' with the error: '(?<error>.*)'\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();

    /// <summary>The position System.Text.Json adds to its message, 0-based, which the line gives 1-based already.</summary>
    [GeneratedRegex(@"\s*LineNumber: \d+ \| BytePositionInLine: \d+\.$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonPosition();

    [GeneratedRegex(@"configuration from file '(?<path>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigurationFile();

    [GeneratedRegex(@"bind to address (?<address>\S+?):? address already in use", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BindAddress();
}
