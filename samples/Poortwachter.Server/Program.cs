using Microsoft.AspNetCore.Builder;
using Poortwachter.Server;

// The Poortwachter HTTP service: dotnet run --project samples/Poortwachter.Server
var builder = WebApplication.CreateBuilder(args);
builder.AddPoortwachterServer();
var app = builder.Build();
app.MapPoortwachterServer();
app.Run();
