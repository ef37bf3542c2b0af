/** Build-only: the request-builder and typed-id annotations and their processors. Not needed at run time. */
module io.github.supersetsdk.codegen {
  requires static org.jspecify;
  requires java.compiler;
  requires jdk.compiler; // com.sun.source.util.Trees: which record members the source declares
  requires com.squareup.javapoet;

  exports io.github.supersetsdk.codegen;

  provides javax.annotation.processing.Processor with
      io.github.supersetsdk.codegen.internal.BuilderProcessor,
      io.github.supersetsdk.codegen.internal.PackageProcessor;
}
