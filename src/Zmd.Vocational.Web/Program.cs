using Zmd.Vocational.Web.Infrastructure;

// The web host. Everything it composes is listed in WebHostSetup; this file only runs it.
var app = await WebHostSetup.BuildAsync(args);
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
