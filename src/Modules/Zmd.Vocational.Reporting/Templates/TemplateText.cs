using System.Security.Cryptography;
using System.Text;

namespace Zmd.Vocational.Reporting.Templates;

/// <summary>The text a template has now: the admin's latest override when there is one, else the file's.</summary>
internal sealed record TemplateText(TemplateName Name, string Text, string Sha256, bool Overridden)
{
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>Where the renderer reads template texts: every template's current text, keyed by its path under templates/.</summary>
internal interface ITemplateSource
{
    Task<IReadOnlyDictionary<string, TemplateText>> CurrentAsync(CancellationToken ct);
}
