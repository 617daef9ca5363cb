using Microsoft.Extensions.Configuration.Json;
using Site.Content.Reading;

namespace Site.Web;

/// <summary>
/// The posts folder's <c>_config.yml</c> as a source of the site's settings (<c>Site:Title</c>, <c>Site:BaseUrl</c>...),
/// above <c>appsettings*.json</c> and below environment variables and the command line: a Jekyll site dropped in keeps
/// its title, address, time zone, permalink and page size, and any of them can still be set for the deployment. Read
/// once, at start; a setting that is not usable is left out here and reported by the catalog build.
/// </summary>
public sealed class JekyllConfiguration(string postsFolder) : IConfigurationSource
{
    /// <summary>Puts the posts folder's <c>_config.yml</c> just above the last JSON file of <paramref name="configuration"/>.</summary>
    public static void AddTo(IConfigurationManager configuration, string postsFolder)
    {
        var sources = configuration.Sources;
        var lastJson = sources.Select((source, index) => (source, index)).LastOrDefault(pair => pair.source is JsonConfigurationSource).index;
        sources.Insert(lastJson + 1, new JekyllConfiguration(postsFolder));
    }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(postsFolder);

    private sealed class Provider(string postsFolder) : ConfigurationProvider
    {
        public override void Load()
        {
            var config = JekyllConfig.Read(postsFolder);
            Data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                [Key(nameof(SiteOptions.Title))] = config.Title,
                [Key(nameof(SiteOptions.Description))] = config.Description,
                [Key(nameof(SiteOptions.Author))] = config.Author,
                [Key(nameof(SiteOptions.BaseUrl))] = config.BaseUrl,
                [Key(nameof(SiteOptions.TimeZone))] = config.TimeZone,
                [Key(nameof(SiteOptions.Permalink))] = config.Permalink,
                [Key(nameof(SiteOptions.ExcerptSeparator))] = config.ExcerptSeparator,
                [Key(nameof(SiteOptions.PageSize))] = config.PageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }.Where(setting => setting.Value is not null).ToDictionary(StringComparer.OrdinalIgnoreCase);
        }

        private static string Key(string name) => $"{SiteOptions.Section}:{name}";
    }
}
