/** Build-only: the request-builder annotations and their processor. Not needed at run time. */
module io.github.supersetsdk.codegen {
  requires java.compiler;
  requires com.squareup.javapoet;

  exports io.github.supersetsdk.codegen;

  provides javax.annotation.processing.Processor with
      io.github.supersetsdk.codegen.internal.BuilderProcessor;
}
