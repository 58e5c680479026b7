namespace Zmd.Vocational.Core.Http;

/// <summary>One entry of the navigation. Shown only to users holding <see cref="Permission"/>.</summary>
public sealed record MenuItem(string Group, string TextKey, string Url, string Permission, int Order);

/// <summary>Each module lists its pages for the navigation (ABP's menu contributor).</summary>
public interface IMenuContributor
{
    IEnumerable<MenuItem> Items();
}

/// <summary>Group keys and their order in the top navigation.</summary>
public static class MenuGroups
{
    public const string Monitoring = "Menu:Monitoring";
    public const string Filing = "Menu:Filing";
    public const string Institutions = "Menu:Institutions";
    public const string Admin = "Menu:Admin";

    public static readonly IReadOnlyList<string> Order = [Filing, Monitoring, Institutions, Admin];
}
