using System;
using Microsoft.AspNetCore.Builder;
using Poortwachter.Server;
using Poortwachter.Server.Operations;

// The Poortwachter HTTP service: dotnet run --project samples/Poortwachter.Server
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPoortwachterServer();
    var app = builder.Build();
    app.MapPoortwachterServer();
    app.Run();
    return 0;
}
catch (Exception ex)
    when (System.Reflection.Assembly.GetEntryAssembly() == typeof(ServerApp).Assembly && StartupFailures.Lines(ex) is { } lines)
{
    // Only as the process's own program: a host that runs it in-process (WebApplicationFactory) gets the exception.
    // A setting that cannot work: one line per problem, naming its key, and exit 1; never a stack trace.
    foreach (var line in lines)
    {
        Console.Error.WriteLine($"poortwachter-server: {line}");
    }

    return 1;
}
