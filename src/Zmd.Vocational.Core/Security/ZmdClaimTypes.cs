namespace Zmd.Vocational.Core.Security;

/// <summary>Claim types the platform adds to a signed-in principal.</summary>
public static class ZmdClaimTypes
{
    public const string SchoolId = "zmd:school_id";
    public const string DisplayName = "zmd:display_name";
    public const string ApiTokenId = "zmd:api_token_id";

    /// <summary>The scope of the API token a request signed in with ("read" or "file"); absent for cookie sign-in.</summary>
    public const string ApiTokenScope = "zmd:api_token_scope";
}
