using System.Runtime.CompilerServices;

// The upload pipeline is internal (the module's public surface is Contracts only); its unit tests reach it directly.
[assembly: InternalsVisibleTo("Zmd.Vocational.FilingTests")]
