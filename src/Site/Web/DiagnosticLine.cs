namespace Site.Web;

/// <summary>
/// A content problem as the log and the <c>check</c> verb print it: <c>path:line:column: error: message</c>, and the
/// configuration key to change when a setting decided it (<c>(Site:MaxPostBytes)</c>).
/// </summary>
public static class DiagnosticLine
{
    public static string Format(ContentDiagnostic diagnostic) =>
        diagnostic.Setting is { } setting ? $"{diagnostic} ({Key(setting)})" : diagnostic.ToString();

    /// <summary>The message alone, with the key, for one-line reports such as a health check's.</summary>
    public static string Reason(ContentDiagnostic diagnostic) =>
        diagnostic.Setting is { } setting ? $"{diagnostic.Message} ({Key(setting)})" : diagnostic.Message;

    public static string Key(SourceSetting setting) => $"{SiteOptions.Section}:" + setting switch
    {
        SourceSetting.PostsPath => nameof(SiteOptions.PostsPath),
        SourceSetting.MaxPostBytes => nameof(SiteOptions.MaxPostBytes),
        SourceSetting.MaxParseMilliseconds => nameof(SiteOptions.MaxParseMilliseconds),
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, null),
    };
}
