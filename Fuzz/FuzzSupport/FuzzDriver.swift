import Foundation

/// The entry point every fuzz target shares.
///
/// Built with libFuzzer (`-sanitize=fuzzer -DFUZZING`), it hands control to libFuzzer's driver;
/// built plainly, it replays the files named on the command line, which is how the regression
/// tests run kept inputs. SwiftPM names an executable's entry point itself, so libFuzzer's own
/// `main` cannot be used.
public enum FuzzDriver {
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

    public static func main(testOneInput: TestOneInput, replay: ([UInt8]) -> Void) -> Never {
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
        #else
            for path in CommandLine.arguments.dropFirst() {
                replay([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
            }
            exit(0)
        #endif
    }
}
